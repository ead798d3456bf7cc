"""Who says so, and what kind of source it is."""

from __future__ import annotations

import pytest

from geoapp.extract.attribution import find_attribution, source_kind


@pytest.mark.parametrize("sentence, name, kind", [
    ("According to estimates by US, Ukrainian and South Korean intelligence, there are "
     "between 11,000 and 12,000 North Korean troops deployed in Russia.",
     "US, Ukrainian and South Korean intelligence", "intelligence"),
    ("These troops have suffered heavy losses, according to official sources.",
     "official sources", "government"),
    ("Ukrainian special forces have reported that in just three days, 50 were killed.",
     "Ukrainian special forces", "military"),
    ("A Ukrainian unit also reported that North Koreans launched infantry attacks.",
     "Ukrainian unit", "military"),
    ("Oleh Syniehubov, the regional governor, said three people were killed.",
     "Oleh Syniehubov", "government"),
    ("Ukraine's military intelligence agency, known as HUR, said 40 soldiers were killed.",
     "Ukraine's military intelligence agency", "intelligence"),
    ("In a recent case uncovered by Ukrainian special forces, soldiers were given fake IDs.",
     "Ukrainian special forces", "military"),
    ("Five civilians were killed in the strike, the regional governor said.",
     "regional governor", "government"),
    ("The strike killed two people, said Oleh Syniehubov, the head of the regional "
     "administration.", "Oleh Syniehubov", "government"),
    ("Ukraine's General Staff said on Monday that 1,200 Russian soldiers were killed.",
     "Ukraine's General Staff", "military"),
    ("South Korea's National Intelligence Service (NIS) told lawmakers that 100 were killed.",
     "South Korea's National Intelligence Service (NIS)", "intelligence"),
    ("The Institute for the Study of War reported fighting near Pokrovsk.",
     "Institute for the Study of War", "other"),
    ("Videos appear to show soldiers at a training ground, the spy agency said.",
     "spy agency", "intelligence"),
    ("Russian forces shelled Kupiansk, killing a man, the head of the regional military "
     "administration, Oleh Syniehubov, said.", "Oleh Syniehubov", "government"),
    ("South Korea's National Intelligence Service told lawmakers that 2,000 soldiers had been "
     "killed in Kursk, according to a lawmaker who attended the briefing.",
     "South Korea's National Intelligence Service, according to lawmaker", "intelligence"),
])
def test_named_sources(sentence: str, name: str, kind: str) -> None:
    found = find_attribution(sentence)
    assert (found.name, found.kind) == (name, kind)
    assert sentence[found.start:found.end].count(name.split()[0]) >= 1


@pytest.mark.parametrize("sentence", [
    "However, the signatures were in Korean, which clearly indicates their real origin.",
    "Russia has deployed an estimated 500 troops.",
    "Amid rising tensions, the evidence raises questions about alliances.",
])
def test_no_source(sentence: str) -> None:
    assert find_attribution(sentence) is None


def test_the_speaker_is_the_source_and_the_magazine_the_channel() -> None:
    found = find_attribution(
        "Kyrylo Budanov, head of Ukraine's military intelligence, told the weekly magazine "
        "Die Rundschau that North Korea had sent about 3,000 more soldiers to Russia.")
    assert (found.name, found.kind) == ("Kyrylo Budanov", "intelligence")
    assert found.channel == "weekly magazine Die Rundschau"


def test_a_chain_of_sources_keeps_both() -> None:
    found = find_attribution(
        "About 1,100 North Korean soldiers were killed or wounded, according to South Korea's "
        "Joint Chiefs of Staff, citing an analysis of intelligence from several sources.")
    assert found.name.startswith("South Korea's Joint Chiefs of Staff, citing analysis")
    assert found.kind == "military"


def test_reports_name_nobody() -> None:
    found = find_attribution("Reports indicate that more than 100 North Koreans have been killed.")
    assert found.unnamed and found.name is None and found.kind == "media"


def test_pronoun_source_is_carried_forward_by_the_caller() -> None:
    found = find_attribution("It said 12 drones were shot down.")
    assert found is not None and found.name is None


@pytest.mark.parametrize("name, kind", [
    ("Ukrainian military intelligence", "intelligence"), ("the UN monitoring mission", "ngo"),
    ("Russia's Defence Ministry", "military"), ("the Kremlin", "government"),
    ("Yonhap", "media"), ("a local resident", None),
])
def test_source_kind(name: str, kind: str | None) -> None:
    assert source_kind(name) == kind


def test_a_relay_after_the_speaker_keeps_its_words_apart_from_the_claim() -> None:
    """"X told Y that …, according to Z": X is the source, and Z's words (like X's) are no
    place of the event."""
    sentence = ("Ukraine's General Staff told reporters that 30 drones hit Kursk, according to "
                "an officer in Sumy.")
    found = find_attribution(sentence)
    assert found.name.startswith("Ukraine's General Staff, according to officer")
    assert found.kind == "military"
    assert [sentence[a:b] for a, b in found.spans] == [
        "Ukraine's General Staff told reporters", "according to an officer in Sumy."]


def test_an_aside_of_only_an_adverb_before_the_verb_names_no_source() -> None:
    found = find_attribution(
        "Olha Kravets, however, a reporter who also serves in a drone unit of the National "
        "Guard, noted that Russian troops were within a kilometre of the regional border.")
    assert found is None or "however" not in (found.name or "")
