"""Wordings of wires, rehashes and long-form pieces, each sentence written fresh (not
corpus text): arrests made as security is stepped up, "sources on the ground", papers named
last in a list of what was seized, heavy weapons sent to a front region, and a region
written after its country's possessive and "border"."""

from __future__ import annotations

from tests.extract_helpers import ruled

KURSK, SOUTH_KORDOFAN, TILLABERI = "RUS-2362", "SDN-882", "NER-4859"


# 1. security stepped up is today's measure, not a trend: the arrests it brought are news

def test_arrests_as_security_is_stepped_up_are_news() -> None:
    assert ("capture", SOUTH_KORDOFAN) in ruled(
        "In Kadugli, the authorities have stepped up security, sending out patrols and "
        "arresting traders they suspect of helping the rebels.")


def test_strikes_stepped_up_are_still_a_trend() -> None:
    assert ("attack", SOUTH_KORDOFAN) not in ruled(
        "The rebels have stepped up their drone attacks on Kadugli.")


# 2. a cancelling phrase that ends inside a cue's window counts whole

def test_sources_on_the_ground_take_no_ground() -> None:
    found = ruled(
        "The gunmen attacked the army camp at Tera in the Tillaberi region on Wednesday. "
        "According to sources on the ground, the attackers destroyed or seized military "
        "vehicles and carried off weapons before pulling back.")
    assert ("attack", TILLABERI) in found
    assert ("capture", TILLABERI) not in found


def test_ground_seized_is_still_a_capture() -> None:
    assert ("capture", TILLABERI) in ruled(
        "According to local sources, the attackers seized the town of Tera in the Tillaberi "
        "region on Wednesday.")


# 3. papers named last in a list of what was seized

def test_papers_seized_with_a_vehicle() -> None:
    assert ("document_seizure", KURSK) in ruled(
        "Ukrainian special forces seized a Russian armoured personnel carrier near Sudzha in "
        "the Kursk region on Monday, together with weapons and documents.")


def test_papers_listed_without_a_seizure_are_none() -> None:
    assert ("document_seizure", KURSK) not in ruled(
        "Ukrainian special forces met a Russian armoured personnel carrier near Sudzha in "
        "the Kursk region on Monday, together with officials and their documents.")


# 4. heavy weapons sent to a front region are brought there as forces are

def test_howitzers_sent_to_a_region() -> None:
    assert ("troop_deployment", KURSK) in ruled(
        "North Korea has sent 120 howitzers to the Kursk region, Ukrainian intelligence said "
        "on Monday.")


def test_howitzers_sold_are_no_deployment() -> None:
    assert ("troop_deployment", KURSK) not in ruled(
        "The factory in the Kursk region has sold 120 howitzers, the company said on Monday.")


# 5. a region after its country's possessive and "border" is the place, not the country

def test_a_border_region_after_the_possessive() -> None:
    found = ruled(
        "North Korea has sent 120 howitzers to Russia's border oblast of Kursk, Ukrainian "
        "intelligence said on Monday.")
    assert ("troop_deployment", KURSK) in found
    assert ("troop_deployment", "RU") not in found
