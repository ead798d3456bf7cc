"""National capitals, for a capital named by description ("the Ukrainian capital").

The places table keeps no GeoNames feature code, so the capital of a country cannot be
read from it. This short table gives the capital of the countries the reporting covers
and of their neighbours, as GeoNames' ``countryInfo.txt`` names
it (its *Capital* column: the country's PPLC place; CC BY 4.0, geonames.org), spelled as
the bundled gazetteer finds it. Countries whose capital is disputed or was moved in law
but not in the news (Israel, Palestine, Burundi) are left out: a phrase naming them
places nothing.
"""

from __future__ import annotations

from geoapp.geocode import Match
from geoapp.geocode.geocoder import Geocoder, default_geocoder

#: ISO2 → capital.
CAPITALS: dict[str, str] = {
    "AF": "Kabul",
    "AM": "Yerevan",
    "AZ": "Baku",
    "BF": "Ouagadougou",
    "BY": "Minsk",
    "CD": "Kinshasa",
    "CF": "Bangui",
    "CM": "Yaoundé",
    "CN": "Beijing",
    "CO": "Bogotá",
    "DZ": "Algiers",
    "EG": "Cairo",
    "ER": "Asmara",
    "ET": "Addis Ababa",
    "GE": "Tbilisi",
    "HT": "Port-au-Prince",
    "IQ": "Baghdad",
    "IR": "Tehran",
    "JO": "Amman",
    "KE": "Nairobi",
    "KP": "Pyongyang",
    "KR": "Seoul",
    "KZ": "Astana",
    "LB": "Beirut",
    "LY": "Tripoli",
    "MD": "Chisinau",
    "ML": "Bamako",
    "MM": "Nay Pyi Taw",
    "MR": "Nouakchott",
    "MZ": "Maputo",
    "NE": "Niamey",
    "NG": "Abuja",
    "PK": "Islamabad",
    "RU": "Moscow",
    "RW": "Kigali",
    "SA": "Riyadh",
    "SD": "Khartoum",
    "SN": "Dakar",
    "SO": "Mogadishu",
    "SS": "Juba",
    "SY": "Damascus",
    "TD": "N'Djamena",
    "TR": "Ankara",
    "UA": "Kyiv",
    "UG": "Kampala",
    "US": "Washington",
    "YE": "Sanaa",
}


def capital(iso2: str, geocoder: Geocoder | None = None) -> Match | None:
    """The capital of a country as a gazetteer place, or ``None`` if the table lacks it."""
    entry = CAPITALS.get(iso2)
    if entry is None:
        return None
    found = (geocoder or default_geocoder()).lookup(entry, iso2, ()).match
    return found if found is not None and found.country == iso2 and \
        found.kind in ("place", "region") else None
