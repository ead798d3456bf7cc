"""Wordings of retold news, each sentence written fresh (not corpus text): a source's
present count of a profession's dead since the war began, given as a national total; an
attack told as it goes on ("were being hit") at the place "there" points back to; ground
taken kept with the toll told as its own; what a place "has suffered" is no force's
losses; a claim rejected by name in a later paragraph."""

from __future__ import annotations

from geoapp.extract import candidate_pool, finish, proposes
from tests.extract_helpers import PUBLISHED, places, ruled

NORTH_DARFUR, KHARKIV, SOUTH_KORDOFAN = "SDN-881", "UKR-328", "SDN-882"
ZAMFARA, LUHANSK = "NGA-2872", "UKR-329"


# 1. a present count of a profession's dead since the war began

def test_present_count_since_the_war_began_is_a_national_tally() -> None:
    text = ("A drone hit the market in El Fasher, in North Darfur, on Sunday, killing a nurse, "
            "the Sudanese Nurses Union said. The union counts 91 nurses killed since the "
            "beginning of the war.")
    assert ("casualty_report", "SD") in ruled(text)
    assert ("casualty_report", "SD") in places(text)
    assert ("attack", NORTH_DARFUR) in places(text)


def test_war_toll_told_as_context_stays_background() -> None:
    text = ("A drone hit the market in El Fasher, in North Darfur, on Sunday, killing a nurse. "
            "More than 90 nurses have been killed since the war began.")
    assert ("casualty_report", "SD") not in ruled(text)


# 2. "there" before a passive told as it goes on is a place, not the existential "there"

def test_attack_going_on_there_takes_the_place_pointed_back_to() -> None:
    for verb in ("were being", "are being"):
        text = ("Moscow said its forces had seized Dvorichna in the Kharkiv region. A Ukrainian "
                "spokesman rejected the claim. Russian infantry trying to cross the river there "
                f"{verb} hit with mortars and drones, he said.")
        assert ("attack", KHARKIV) in ruled(text)


def test_existential_there_stays_no_place() -> None:
    text = ("Moscow said its forces had seized Dvorichna in the Kharkiv region. A Ukrainian "
            "spokesman rejected the claim. There were heavy clashes, he said.")
    assert ("attack", KHARKIV) not in ruled(text)


# 3. a toll told as that of ground taken keeps the capture even where the model doubts it

def test_capture_whose_toll_is_kept_is_kept_with_it() -> None:
    text = ("The militia said on its Telegram channel that its men had overrun the army garrison "
            "in Dilling, in South Kordofan, on Thursday and killed \"scores\" of troops of the "
            "54th Brigade. The claim could not be independently verified.")
    pool = candidate_pool(text, published=PUBLISHED, source_name="Test Wire")
    # the model doubting the capture alone, as it may on other wordings
    keep = [proposes(x) and x.candidate.event.event_type != "capture" for x in pool.entries]
    assert any(k and x.candidate.event.event_type == "casualty_report"
               for x, k in zip(pool.entries, keep, strict=True))
    found = finish(pool, keep)
    assert [(c.event.event_type, c.event.adm1_code) for c in found] == [
        ("capture", SOUTH_KORDOFAN)]
    assert found[0].event.figures_text


# 4. what a relative clause says a place has suffered is no force's losses

def test_place_that_has_suffered_years_of_violence_leaves_the_toll_to_its_attack() -> None:
    text = ("At least six villagers were killed on Saturday when gunmen raided a settlement in "
            "Zamfara, the state in north-western Nigeria that has suffered years of banditry, "
            "police said.")
    assert places(text) == [("attack", ZAMFARA)]


# 5. ground said to be taken, whose claim a later paragraph rejects by the place's name

def test_capture_claim_rejected_by_name_later_is_denied() -> None:
    text = ("Moscow said on Tuesday its forces had also taken Bilohorivka, a village in the "
            "Luhansk region. Bilohorivka sits on a ridge above the Siverskyi Donets river.\n\n"
            "Ukraine's General Staff dismissed the claims about Bilohorivka. A spokesman said "
            "the village was still held by Ukrainian troops.")
    assert ("capture", LUHANSK) not in ruled(text)


def test_capture_stands_where_a_rejected_claim_names_another_place() -> None:
    text = ("Moscow said on Tuesday its forces had also taken Bilohorivka, a village in the "
            "Luhansk region.\n\nUkraine's General Staff dismissed the claims about Kupiansk.")
    assert ("capture", LUHANSK) in ruled(text)
