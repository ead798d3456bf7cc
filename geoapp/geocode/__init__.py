"""Offline geocoding against the shipped Natural Earth admin-1, GeoNames and Who's On
First data, extended by the analyst's place lists.

* :func:`geocode` — a name (any script or romanisation, old or new spelling, "Kursk
  region", "Plekhovo, Kursk Oblast", "20 km north of Kursk") → :class:`Match` or None;
  :func:`explain_miss` says why not; ``context`` (places of the same report) ranks
  homonyms. A :class:`Geocoder` built with :class:`PlaceList` objects
  (:func:`build_place_list`) answers from both.
* :func:`reverse` — lon/lat arrays → admin-1 unit per point, vectorised.
* :func:`assign_regions` — batches of events: the source's stated admin-1 and country
  win over simplified borders; contradictions and swapped lat/lon are flagged.
* :func:`regions`, :func:`countries`, :func:`region_name`, :func:`area_km2`,
  :func:`geodesic_km` — polygons and measures.
* :func:`name_index`, :func:`normalise`, :func:`fold`, :func:`parse_relative` — the
  spellings and folding rules, for scanning text for names.

Occupied Crimea (RUS-283) and Sevastopol (RUS-5482) are shown under their ISO 3166
country "UA" with ``disputed=True``; a "RU" country hint still finds them.
"""

import importlib
import sys
import types
from typing import TYPE_CHECKING, Any

# Public name → module. Loaded on first use, so that a forward lookup (``geoapp geocode``)
# does not pay for pandas, shapely and pyproj, which regions and reverse geocoding need.
_EXPORTS = {
    "assign_regions": "assign", "Geocoder": "geocoder", "country_code": "geocoder",
    "default_geocoder": "geocoder", "explain_miss": "geocoder", "geocode": "geocoder",
    "geocode_verbose": "geocoder", "name_index": "geocoder", "resolve_region": "geocoder",
    "area_km2": "geometry", "countries": "geometry", "geodesic_km": "geometry",
    "region_name": "geometry", "regions": "geometry", "Lookup": "match", "Match": "match",
    "country_points": "names", "fold": "normalise", "normalise": "normalise",
    "PlaceList": "placelist", "build_place_list": "placelist", "reverse": "reverse",
}

if TYPE_CHECKING:
    from geoapp.geocode.assign import assign_regions
    from geoapp.geocode.geocoder import (
        Geocoder,
        country_code,
        default_geocoder,
        explain_miss,
        geocode,
        geocode_verbose,
        name_index,
        resolve_region,
    )
    from geoapp.geocode.geometry import area_km2, countries, geodesic_km, region_name, regions
    from geoapp.geocode.match import Lookup, Match
    from geoapp.geocode.names import country_points
    from geoapp.geocode.normalise import fold, normalise
    from geoapp.geocode.placelist import PlaceList, build_place_list
    from geoapp.geocode.reverse import reverse


class _Package(types.ModuleType):
    """The import system sets each loaded submodule as an attribute of its package; two
    share their name with the function they export (``normalise``, ``reverse``), and the
    function must stay what ``from geoapp.geocode import reverse`` gives."""

    def __setattr__(self, name: str, value: Any) -> None:
        if name in _EXPORTS and isinstance(value, types.ModuleType):
            return
        super().__setattr__(name, value)


sys.modules[__name__].__class__ = _Package


def __getattr__(name: str) -> Any:
    if name == "parse_relative":
        return importlib.import_module("geoapp.geocode.relative").parse
    if name not in _EXPORTS:
        raise AttributeError(f"module 'geoapp.geocode' has no attribute {name!r}")
    return getattr(importlib.import_module(f"geoapp.geocode.{_EXPORTS[name]}"), name)


__all__ = [
    "Geocoder",
    "Lookup",
    "Match",
    "PlaceList",
    "area_km2",
    "assign_regions",
    "build_place_list",
    "countries",
    "country_code",
    "country_points",
    "default_geocoder",
    "explain_miss",
    "fold",
    "geocode",
    "geocode_verbose",
    "geodesic_km",
    "name_index",
    "normalise",
    "parse_relative",
    "region_name",
    "regions",
    "resolve_region",
    "reverse",
]
