"""The geocoder: the bundled gazetteer plus the analyst's place lists, with its caches.

:func:`geocode` and friends use the bundled data only. A :class:`Geocoder` built with
place lists (:meth:`Geocoder.with_lists`, which the CLI fills from the store) answers
from both; ingest and extraction take one as a parameter.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import cache, lru_cache
from typing import TYPE_CHECKING

from geoapp.geocode import forward
from geoapp.geocode.gazetteer import Gazetteer, gazetteer
from geoapp.geocode.match import Lookup, Match

if TYPE_CHECKING:
    import pandas as pd

    from geoapp.geocode.placelist import PlaceList


class Geocoder:
    """Forward geocoding over one gazetteer; results are cached per instance.

    Example
    -------
    >>> coder = Geocoder.with_lists(lists)  # doctest: +SKIP
    >>> coder.geocode("Plekhovo, Kursk Oblast").adm1_code  # doctest: +SKIP
    'RUS-2362'
    """

    def __init__(self, g: Gazetteer):
        self.gazetteer = g
        self.lookup = lru_cache(maxsize=1 << 17)(self._lookup)
        self.country_code = lru_cache(maxsize=4096)(self._country_code)
        self.resolve_region = lru_cache(maxsize=1 << 14)(self._resolve_region)
        self._names: pd.DataFrame | None = None

    @classmethod
    def with_lists(cls, lists: Iterable[PlaceList]) -> Geocoder:
        """The bundled gazetteer plus ``lists`` (an empty iterable gives the default)."""
        g = gazetteer()
        for place_list in lists:
            g = place_list.extend(g)
        return cls(g)

    @property
    def sources(self) -> tuple[str, ...]:
        return self.gazetteer.sources

    def geocode(self, text: str, country: str | None = None,
                context: Sequence[Match] = ()) -> Match | None:
        """Resolve a place, district, region or country name; None when nothing fits.

        Parameters
        ----------
        text : a name in any script or romanisation ("Sudzha", "Курская область",
            "쿠르스크", "Nikolaevo-Dar'ino"), optionally qualified ("Plekhovo, Kursk
            Oblast", "Plekhovo (Sudzha district)"), or a relative phrase ("20 km north
            of Kursk", "near Sudzha").
        country : optional ISO2/ISO3 code or name; candidates outside it never win.
        context : places already found in the same report; homonyms in their regions
            win, then the nearest.
        """
        return self.lookup(text, country, tuple(context)).match

    def geocode_verbose(self, text: str, country: str | None = None,
                        context: Sequence[Match] = ()) -> tuple[Match | None, str]:
        """Like :meth:`geocode`, plus the reason for a miss ("" on success)."""
        found = self.lookup(text, country, tuple(context))
        return found.match, found.reason

    def name_index(self) -> pd.DataFrame:
        """Every searchable spelling (see :func:`geoapp.geocode.name_index`)."""
        from geoapp.geocode.names import names_table  # pandas: for text scanning only

        if self._names is None:
            self._names = names_table(self.gazetteer)
        return self._names

    def _lookup(self, text: str, country: str | None, context: tuple[Match, ...]) -> Lookup:
        return forward.lookup(self.gazetteer, text, country, context)

    def _country_code(self, text: str) -> str | None:
        return forward.country_code(self.gazetteer, text)

    def _resolve_region(self, text: str, country: str | None = None) -> Match | None:
        return forward.resolve_region(self.gazetteer, text, country)


@cache
def default_geocoder() -> Geocoder:
    """The geocoder over the bundled data alone (cached)."""
    return Geocoder(gazetteer())


def geocode(text: str, country: str | None = None, context: Sequence[Match] = ()) -> Match | None:
    """Resolve a name with the bundled gazetteer (see :meth:`Geocoder.geocode`).

    Example: ``geocode("Kursk region").adm1_code == "RUS-2362"``
    """
    return default_geocoder().geocode(text, country, context)


def geocode_verbose(text: str, country: str | None = None,
                    context: Sequence[Match] = ()) -> tuple[Match | None, str]:
    """Like :func:`geocode`, plus the reason for a miss ("" on success). Cached."""
    return default_geocoder().geocode_verbose(text, country, context)


def explain_miss(text: str, country: str | None = None) -> str:
    """Why :func:`geocode` finds nothing, e.g. "no place or region named 'Atlantis'"."""
    match, reason = geocode_verbose(text, country)
    return reason if match is None else f"found {match.name}"


def country_code(text: str) -> str | None:
    """ISO 3166 alpha-2 for a code or name: "UA", "UKR", "Ukraine", "Україна" → "UA"."""
    return default_geocoder().country_code(text)


def resolve_region(text: str, country: str | None = None) -> Match | None:
    """The admin-1 unit a source names, within ``country`` if given; never a place."""
    return default_geocoder().resolve_region(text, country)


def name_index() -> pd.DataFrame:
    """One row per searchable spelling of the bundled data: ``key`` (normalised as
    :func:`normalise` does; Cyrillic and Hangul names also under their Latin
    romanisations), ``kind`` (place/district/region/country), ``country`` and
    ``population`` (places only, else "" and 0)."""
    return default_geocoder().name_index()
