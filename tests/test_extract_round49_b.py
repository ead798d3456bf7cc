"""Round forty-nine (b): a deed framed by how a side names it ("in what Moscow presents as a
counter-offensive") is no event of its own; a region named as what places lie close to is
not their region; a force's losses as its lines gave way under the assault already told are
that assault's toll; a count whose clause says "have since been killed" after a clause
counting from the start of the fighting is the fighting's toll, context; deeds already told
as the subject of what they laid bare are a judgement of them; an offensive carried on and
told by the ground it then took is that capture."""

from __future__ import annotations

import datetime as dt

from tests.extract_helpers import places, ruled

PUBLISHED = dt.date(2025, 3, 4)
KURSK = "RUS-2362"
SUMY = "UKR-325"
ALEPPO = "SYR-137"
IDLIB = "SYR-140"
NORTH_DARFUR = "SDN-881"


def test_a_deed_framed_as_what_a_side_calls_it_is_no_event_of_its_own() -> None:
    text = ("Russia said on Monday that its forces had recaptured two villages in the Kursk "
            "region, in what Moscow presents as a key counter-offensive.")
    found = ruled(text, PUBLISHED)
    assert ("capture", KURSK) in found
    assert not any(t == "attack" for t, _ in found)


def test_a_counter_offensive_told_as_news_stays_an_attack() -> None:
    text = "Russian forces launched a counter-offensive in the Kursk region on Monday."
    assert ("attack", KURSK) in ruled(text, PUBLISHED)


def test_a_region_the_villages_lie_close_to_is_not_their_region() -> None:
    text = ("Russia says it has taken back two villages in Kursk\n\n"
            "Russia said on Monday that its forces had recaptured two villages in the "
            "Kursk region.\n\n"
            "According to the Defence Ministry, the villages of Zarvenkovo and Belyshino "
            "have been taken back. The two villages lie close to Ukraine's Sumy region.")
    found = ruled(text, PUBLISHED)
    assert ("capture", KURSK) in found
    assert ("capture", SUMY) not in found


def test_losses_as_the_lines_gave_way_under_the_assault_are_its_toll() -> None:
    text = ("Rebels launched an assault on army positions in western Aleppo on Friday "
            "evening.\n\n"
            "\"We took ten districts within hours,\" a commander said.\n\n"
            "Government forces are reported to have suffered heavy casualties, with dozens "
            "killed or wounded, as their defences gave way under the assault.")
    found = places(text, PUBLISHED)
    assert ("attack", ALEPPO) in found
    assert ("casualty_report", ALEPPO) not in found


def test_a_count_since_the_fighting_began_told_with_have_since_is_context() -> None:
    text = ("El Fasher, the capital of North Darfur state, has been a battlefield since "
            "fighting broke out there in May, and hundreds of people have since been killed.")
    assert ("casualty_report", NORTH_DARFUR) not in ruled(text, PUBLISHED)


def test_a_count_since_the_fighting_began_stated_today_stays_news() -> None:
    text = ("El Fasher, the capital of North Darfur state, has been a battlefield since "
            "fighting broke out there in May, and 782 people have since been killed, the UN "
            "said on Monday.")
    assert ("casualty_report", NORTH_DARFUR) in ruled(text, PUBLISHED)


def test_attacks_as_the_subject_of_what_they_laid_bare_are_no_new_event() -> None:
    text = ("Rebels attacked army positions in Aleppo on Friday.\n\n"
            "The coordinated attacks have laid bare serious weaknesses in the army's lines "
            "in both Aleppo and Idlib.")
    found = ruled(text, PUBLISHED)
    assert ("attack", ALEPPO) in found
    assert ("attack", IDLIB) not in found


def test_an_offensive_carried_on_and_told_by_the_ground_taken_is_the_capture() -> None:
    text = ("The rebels pressed on with their offensive on Friday evening and took large "
            "areas of the Idlib countryside.")
    found = ruled(text, PUBLISHED)
    assert ("capture", IDLIB) in found
    assert ("attack", IDLIB) not in found


def test_an_offensive_carried_on_with_shelling_stays_an_attack() -> None:
    text = ("The rebels pressed on with their offensive on Friday evening, shelling villages "
            "in the Idlib countryside.")
    assert ("attack", IDLIB) in ruled(text, PUBLISHED)


def test_a_force_losses_in_the_whole_incursion_stay_a_tally() -> None:
    text = ("Ukrainian troops launched an incursion into the Kursk region in August.\n\n"
            "Officials said on Monday that the front had held.\n\n"
            "According to the Defence Ministry, Ukraine lost more than 76,000 troops killed "
            "and wounded in the failed incursion.")
    assert ("attack", KURSK) not in places(text, PUBLISHED)
