"""Round 96, batch f: wordings each written fresh (not corpus text): a number that is the
first term of a proportion after "lost" ("has lost seven in every ten of its people") is a
share of a whole, no casualty count; and a launch site named as the attacker's own
("fired missiles from its X and Y regions") is no place of the strike."""

from __future__ import annotations

from geoapp.extract.figures import find_figures
from tests.extract_helpers import ruled

BELGOROD, VORONEZH = "RUS-2370", "RUS-2377"


def _casualty_figures(text: str) -> list[str]:
    return [text[f.start:f.end] for f in find_figures(text) if f.category]


# 1. "lost N in every M of its residents": a share, not a toll

def test_a_share_of_a_population_lost_is_no_casualty_figure() -> None:
    assert _casualty_figures("Officials say the village has lost seven in every ten of its "
                             "former inhabitants since the fighting began.") == []
    assert _casualty_figures("The district has lost three out of four of its residents.") == []
    assert _casualty_figures("The town has lost 2 in 3 of its people.") == []


def test_a_count_lost_or_killed_in_a_place_is_still_a_figure() -> None:
    assert _casualty_figures("The battalion lost 25 soldiers near the river.") == ["25 soldiers"]
    assert _casualty_figures("Artillery killed 6 in 3 villages on Friday.") == ["6"]
    assert _casualty_figures("The militants killed 40 in 2023, officials said.") == ["40"]


# 2. "from its / their X region": the attacker's launch site

def test_a_launch_site_named_as_the_attackers_own_places_no_strike() -> None:
    text = ("Ukraine's air force said on Monday that Russia launched six ballistic missiles "
            "from its Belgorod and Voronezh regions overnight.")
    got = ruled(text)
    assert ("attack", BELGOROD) not in got
    assert ("attack", VORONEZH) not in got


def test_a_strike_on_a_region_named_plainly_is_still_placed_there() -> None:
    text = ("Ukraine's air force said on Monday that Ukrainian drones struck an oil depot in "
            "the Belgorod region overnight.")
    assert ("attack", BELGOROD) in ruled(text)
