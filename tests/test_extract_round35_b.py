"""Round thirty-five (b): wordings of telegram posts, long-form pieces and wires, each
sentence written fresh (not corpus text): claims said to be still unverified, reinforcements
asked for, fighting that flares, a capital joined to a party by its kind, the commune named
again, villages listed under a plural, and a named formation taking buildings."""

from __future__ import annotations

from geoapp.extract.acting import acts
from geoapp.geocode import default_geocoder
from tests.extract_helpers import places, ruled

KACHIN = "MMR-3296"
ARTIBONITE = "HTI-1384"
NORTH_KIVU = "COD-1898"
KINSHASA = "COD-1884"
DONETSK = "UKR-327"
DNIPROPETROVSK = "UKR-326"

# 1. a claim the report says is still unchecked ("…, though these claims have not been
#    verified") is hedged, however the sentence opened


def test_claims_not_yet_verified_are_hedged() -> None:
    assert ("capture", KACHIN) not in ruled(
        "According to reports, the rebels have taken two army bases near Bhamo, though "
        "these claims have not been verified.")


def test_claims_told_without_the_caveat_are_news() -> None:
    assert ("capture", KACHIN) in ruled(
        "According to reports, the rebels have taken two army bases near Bhamo.")


# 2. reinforcements called for, requested or waited for: nobody was sent


def test_calls_for_reinforcements_send_nobody() -> None:
    found = ruled(
        "The policemen at the post in Artibonite fled on Tuesday after their calls for "
        "reinforcements went unanswered.")
    assert ("troop_deployment", ARTIBONITE) not in found


def test_reinforcements_sent_are_a_deployment() -> None:
    assert ("troop_deployment", ARTIBONITE) in ruled(
        "The police sent reinforcements to Artibonite on Tuesday.")


# 3. fighting that "flared" (again) somewhere is fighting there


def test_fighting_that_flared_is_an_attack() -> None:
    assert ("attack", NORTH_KIVU) in ruled(
        "Fighting flared again on Thursday in Masisi territory, residents said.")


# 4. a capital joined to a party named with its kind ("Kinshasa and the M23 movement have
#    signed …") is a government acting, not where the sentence's news happened


def test_a_capital_signing_with_a_movement_acts() -> None:
    kinshasa = default_geocoder().geocode("Kinshasa")
    assert acts(kinshasa, " and the M23 movement have just signed a truce", "")
    assert not acts(kinshasa, " and the M23 movement area was shelled", "")


def test_fighting_after_a_capital_signed_is_where_it_broke_out() -> None:
    found = ruled(
        "Even though Kinshasa and the M23 movement have just signed a peace framework in "
        "Doha, fighting broke out again on Thursday across North Kivu province, in Walikale "
        "territory, and in Nyabiondo in Masisi territory, residents told the media.")
    assert ("attack", KINSHASA) not in found


# 5. "the commune" named again is the place of the paragraph's news


def test_part_of_the_commune_taken_is_in_the_paragraph_region() -> None:
    found = ruled(
        "Gunmen torched the police station in Artibonite on Monday.\n\nNo deaths were "
        "reported. The gang has taken control of a large part of the commune, residents "
        "said.")
    assert ("capture", ARTIBONITE) in found


# 6. a name listed under "the villages of …" is a village, not a town of that name in a
#    region the paragraph does not name


def test_villages_listed_together_keep_their_region() -> None:
    found = places(
        "Footage shows that the flag has been raised in the villages of Novomykolaivka and "
        "Sosnivka, on the border of the Dnipropetrovsk region.")
    assert ("capture", DNIPROPETROVSK) in found
    assert all(region == DNIPROPETROVSK for kind, region in found if kind == "capture")


# 7. a named formation taking ground is where it took it; buildings taken are ground


def test_a_group_of_forces_taking_buildings_is_seen_there() -> None:
    found = ruled(
        "Assault units of the Southern group of forces have taken several buildings on the "
        "outskirts of Kostiantynivka, the channel said.")
    assert ("unit_sighting", DONETSK) in found
    assert ("capture", DONETSK) in found


def test_buildings_sheltered_in_take_no_ground() -> None:
    assert ("capture", DONETSK) not in ruled(
        "Families have taken refuge in several buildings of Kostiantynivka, residents said.")
