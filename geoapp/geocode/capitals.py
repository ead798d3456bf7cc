"""National capitals and the adjectives that name a country, for "the Ukrainian capital".

The places table keeps no GeoNames feature code, so the capital of a country cannot be
read from it. This short table gives the capital of the countries the reporting covers
and of their neighbours and main outside actors, as GeoNames' ``countryInfo.txt`` names
it (its *Capital* column: the country's PPLC place; CC BY 4.0, geonames.org), spelled as
the bundled gazetteer finds it. Countries whose capital is disputed or was moved in law
but not in the news (Israel, Palestine, Burundi) are left out: a phrase naming them
places nothing.
"""

from __future__ import annotations

from functools import cache

from geoapp.geocode import Match
from geoapp.geocode.geocoder import Geocoder, default_geocoder

#: ISO2 → (capital, adjectives of the country).
CAPITALS: dict[str, tuple[str, tuple[str, ...]]] = {
    "AF": ("Kabul", ("Afghan",)),
    "AM": ("Yerevan", ("Armenian",)),
    "AZ": ("Baku", ("Azerbaijani",)),
    "BF": ("Ouagadougou", ("Burkinabe", "Burkinabè", "Burkinabé")),
    "BY": ("Minsk", ("Belarusian",)),
    "CD": ("Kinshasa", ("Congolese",)),
    "CF": ("Bangui", ("Central African",)),
    "CM": ("Yaoundé", ("Cameroonian",)),
    "CN": ("Beijing", ("Chinese",)),
    "CO": ("Bogotá", ("Colombian",)),
    "DE": ("Berlin", ("German",)),
    "DZ": ("Algiers", ("Algerian",)),
    "EG": ("Cairo", ("Egyptian",)),
    "ER": ("Asmara", ("Eritrean",)),
    "ET": ("Addis Ababa", ("Ethiopian",)),
    "FR": ("Paris", ("French",)),
    "GB": ("London", ("British",)),
    "GE": ("Tbilisi", ("Georgian",)),
    "HT": ("Port-au-Prince", ("Haitian",)),
    "IQ": ("Baghdad", ("Iraqi",)),
    "IR": ("Tehran", ("Iranian",)),
    "JO": ("Amman", ("Jordanian",)),
    "KE": ("Nairobi", ("Kenyan",)),
    "KP": ("Pyongyang", ("North Korean",)),
    "KR": ("Seoul", ("South Korean",)),
    "KZ": ("Astana", ("Kazakh",)),
    "LB": ("Beirut", ("Lebanese",)),
    "LY": ("Tripoli", ("Libyan",)),
    "MD": ("Chisinau", ("Moldovan",)),
    "ML": ("Bamako", ("Malian",)),
    "MM": ("Nay Pyi Taw", ("Burmese", "Myanmar")),
    "MR": ("Nouakchott", ("Mauritanian",)),
    "MZ": ("Maputo", ("Mozambican",)),
    "NE": ("Niamey", ("Nigerien",)),
    "NG": ("Abuja", ("Nigerian",)),
    "PK": ("Islamabad", ("Pakistani",)),
    "PL": ("Warsaw", ("Polish",)),
    "RU": ("Moscow", ("Russian",)),
    "RW": ("Kigali", ("Rwandan",)),
    "SA": ("Riyadh", ("Saudi",)),
    "SD": ("Khartoum", ("Sudanese",)),
    "SN": ("Dakar", ("Senegalese",)),
    "SO": ("Mogadishu", ("Somali",)),
    "SS": ("Juba", ("South Sudanese",)),
    "SY": ("Damascus", ("Syrian",)),
    "TD": ("N'Djamena", ("Chadian",)),
    "TR": ("Ankara", ("Turkish",)),
    "UA": ("Kyiv", ("Ukrainian",)),
    "UG": ("Kampala", ("Ugandan",)),
    "US": ("Washington", ("American", "U.S.", "US")),
    "YE": ("Sanaa", ("Yemeni",)),
}


def country_of_adjective(word: str) -> str | None:
    """The ISO2 code a country adjective names ("Sudanese" → "SD"), if the table has it."""
    return _adjectives().get(word.lower())


@cache
def _adjectives() -> dict[str, str]:
    return {a.lower(): cc for cc, (_, adjectives) in CAPITALS.items() for a in adjectives}


def adjectives() -> tuple[str, ...]:
    """Every country adjective of the table, longest first (for a regular expression)."""
    return tuple(sorted({a for _, adj in CAPITALS.values() for a in adj}, key=len, reverse=True))


def capital(iso2: str, geocoder: Geocoder | None = None) -> Match | None:
    """The capital of a country as a gazetteer place, or ``None`` if the table lacks it."""
    entry = CAPITALS.get(iso2)
    if entry is None:
        return None
    found = (geocoder or default_geocoder()).lookup(entry[0], iso2, ()).match
    return found if found is not None and found.country == iso2 and \
        found.kind in ("place", "region") else None
