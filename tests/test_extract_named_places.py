"""Places the gazetteer came to know (frontline villages of south Lebanon and Kursk, towns
of the Sahel and Myanmar) placing the deeds told there, each written fresh (not corpus
text)."""

from __future__ import annotations

from tests.extract_helpers import folded, places

NABATIEH, KURSK, KACHIN, MOPTI = "LBN-3059", "RUS-2362", "MMR-3296", "MLI-2809"


def test_a_border_village_of_south_lebanon_places_its_strike() -> None:
    found = places("An Israeli drone strike on a motorcycle in Aita al-Shaab killed one man on "
                   "Tuesday, Lebanon's health ministry said.")
    assert ("attack", NABATIEH) in found


def test_a_kursk_village_is_placed_in_kursk_when_the_report_names_the_region() -> None:
    found = places("North Korean troops attacked Ukrainian positions near Plekhovo in Russia's "
                   "Kursk region on Friday, Ukraine's military said.")
    assert ("attack", KURSK) in found


def test_a_sahel_town_places_its_attack() -> None:
    found = places("JNIM fighters attacked an army post in Hombori on Sunday, killing twelve "
                   "soldiers, security sources said.")
    assert ("attack", MOPTI) in found


def test_the_bases_a_capture_took_lie_where_it_happened() -> None:
    text = ("The Kachin Independence Army took the military's last bases in the town of "
            "Mansi in southern Kachin state on Wednesday, a spokesman said.")
    assert ("capture", KACHIN) in folded(text)


def test_a_town_whose_name_ends_in_a_capital_s_name_is_not_that_capital() -> None:
    # "Mocímboa da Praia" is not Praia, Cape Verde: with no country to look in, it places
    # nothing; named with its province, it is found there
    bare = places("Insurgents raided Mocímboa da Praia overnight and burned the market, "
                  "residents said.")
    assert not any(region.startswith("CPV") for _, region in bare)
    placed = places("Insurgents raided Mocímboa da Praia in Cabo Delgado province overnight "
                    "and burned the market, residents said.")
    assert ("attack", "MOZ-1198") in placed


def test_the_capital_itself_is_still_found() -> None:
    found = places("Gunmen raided a police post near Praia overnight, the police said.")
    assert ("attack", "CPV-5053") in found
