"""`geoapp geocode`: look a name up in the offline gazetteer, or a point up in the regions."""

from __future__ import annotations

import json
import math

import click

from geoapp.cli import HELP_OPTIONS
from geoapp.cli.options import db_option, open_geocoder
from geoapp.geocode import Lookup, Match


@click.command("geocode", context_settings={**HELP_OPTIONS, "ignore_unknown_options": True})
@click.argument("words", nargs=-1, required=True)
@click.option("--country", help="Only this country (ISO2/ISO3 code or name).")
@click.option("--reverse", "as_point", is_flag=True,
              help="Read the arguments as LON LAT and name the admin-1 unit there.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@db_option
def geocode_command(words: tuple[str, ...], country: str | None, as_point: bool,
                    as_json: bool, db: str | None) -> None:
    """Find a place, district, region or country by name (any language or romanisation),
    or the region at a point.

    The store's place lists (`geoapp places import`) are searched too. Qualify a name to
    choose among homonyms: "Plekhovo, Kursk Oblast", "Plekhovo (Sudzha district)". A
    name that is not found, or that several equally plausible places share, prints
    "not found: <reason>" (with the candidates) and exits with code 1.

    \b
    Example:
        geoapp geocode "Kursk region"
        geoapp geocode Vorozhba --country UA --json
        geoapp geocode "Plekhovo, Kursk Oblast" --db var/geoapp.db
        geoapp geocode --reverse 35.27 51.19
    """
    if as_point:
        _reverse(words, as_json)
        return
    text = " ".join(words)
    found = open_geocoder(db).lookup(text, country, ())
    if found.match is None:
        _miss(text, found.reason, as_json, found)
    match = found.match
    click.echo(json.dumps(match.to_dict(), ensure_ascii=False) if as_json else _describe(match))


def _reverse(words: tuple[str, ...], as_json: bool) -> None:
    if len(words) != 2:
        raise click.UsageError("--reverse takes two numbers: LON LAT")
    try:
        lon, lat = (float(w) for w in words)
    except ValueError as exc:
        raise click.BadParameter(f"LON LAT must be numbers, got {' '.join(words)!r}") from exc
    from geoapp.geocode import reverse  # polygons, shapely and pandas: only for --reverse

    row = reverse([lon], [lat]).iloc[0]
    if not isinstance(row["adm1_code"], str):
        _miss(f"{lon} {lat}", f"no admin-1 unit at or within 10 km of lon {lon}, lat {lat}",
              as_json)
    found = {"lon": lon, "lat": lat, "adm1_code": row["adm1_code"], "admin1": row["admin1"],
             "country": row["country"], "snapped": bool(row["snapped"]),
             "distance_km": round(float(row["distance_km"]), 3),
             "disputed": bool(row["disputed"])}
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    line = f"{found['admin1']} ({found['adm1_code']}, {found['country']})"
    if found["snapped"]:
        line += f", nearest unit {found['distance_km']:.1f} km away"
    click.echo(line + (", disputed (occupied)" if found["disputed"] else ""))


def _miss(query: str, reason: str, as_json: bool, found: Lookup | None = None) -> None:
    candidates = found.candidates if found else ()
    if as_json:
        click.echo(json.dumps({"query": query, "found": False, "reason": reason,
                               "candidates": [c.to_dict() for c in candidates]},
                              ensure_ascii=False))
    else:
        click.echo(f"not found: {reason}")
        for c in candidates:
            click.echo(f"  {c.name}, {c.admin1 or '?'}, {c.country} "
                       f"({_fmt(c.lat)}, {_fmt(c.lon)})"
                       + (f", {c.district}" if c.district else ""))
    raise click.exceptions.Exit(1)


def _describe(match: Match) -> str:
    """One line for what was found and where, one for the runners-up if any."""
    place = [match.name]
    if match.kind == "place" and match.district:
        place.append(match.district)
    if match.kind in ("place", "district") and match.admin1:
        place.append(match.admin1)
    if match.kind != "country" and match.country:
        place.append(match.country)
    detail = [f"{match.kind} {match.adm1_code or match.country}"]
    if match.population:
        detail.append(f"pop {match.population:,}")
    if match.geo_precision not in ("exact", "region", "country"):
        detail.append(match.geo_precision)
    if match.disputed:
        detail.append("disputed (occupied)")
    if match.source and match.source not in ("geonames", "wof"):
        detail.append(f"from {match.source}")
    line = (f"{', '.join(place)} ({', '.join(detail)}) at {_fmt(match.lat)}, "
            f"{_fmt(match.lon)}, score {match.score:.2f}")
    if match.alternatives:
        line += "\n  also: " + "; ".join(
            f"{a.name} ({a.kind}, {a.admin1 or a.country})" for a in match.alternatives[:5])
    return line


def _fmt(value: float) -> str:
    return f"{value:.4f}" if math.isfinite(value) else "?"
