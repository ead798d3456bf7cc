"""`geoapp extract`: propose the events of a news report, each tied to its sentence."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import click

from geoapp.cli.options import db_option, open_geocoder, open_store
from geoapp.cli.terminal import printable
from geoapp.errors import GeoappError
from geoapp.extract import Candidate, extract_file, read_report
from geoapp.figures import Range, format_range
from geoapp.geocode import Geocoder


@click.command("extract")
@click.argument("report", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--published", metavar="YYYY-MM-DD",
              help="Publication date; relative dates (\"last week\") resolve against it.")
@click.option("--source-name", metavar="OUTLET",
              help="The outlet: stored as publisher on every event (filterable with "
                   "--source) and the source of the sentences that name none.")
@click.option("--include-forecasts", is_flag=True,
              help="Also propose forecasts, plans, denials and hedged events (with their "
                   "modality); by default only events stated as news are proposed.")
@click.option("--url", help="The report's address, stored as source_url.")
@click.option("--json", "as_json", is_flag=True, help="Print the candidates as a JSON array.")
@click.option("--save", is_flag=True,
              help="Store the candidates (unreviewed) so they show on the map; idempotent.")
@db_option
def extract_command(report: Path, published: str | None, source_name: str | None,
                    include_forecasts: bool, url: str | None, as_json: bool, save: bool,
                    db: str | None) -> None:
    """Read a report (.txt, .md, .html) and list the events it describes.

    Each candidate carries its quote, its character span in the report, the cue
    that found it, a confidence and its modality (asserted, reported, forecast,
    planned, denied, hedged); places only mentioned (a birthplace on documents, a
    dateline, a launch site) are kept apart from where it happened. Recaps of
    earlier events are kept as context on the news they explain.

    \b
    Example:
        geoapp extract report.txt --published 2024-12-23 --source-name "Kyiv Post"
        geoapp extract report.txt --published 2024-12-23 --include-forecasts
        geoapp extract report.txt --published 2024-12-23 --save
    """
    day = _date(published)
    geocoder = open_geocoder(db)
    candidates = extract_file(report, published=day, source_name=source_name, url=url,
                              geocoder=geocoder, include_forecasts=include_forecasts)
    if as_json:
        click.echo(json.dumps([c.to_record() for c in candidates], ensure_ascii=False, indent=2))
    else:
        for number, cand in enumerate(candidates, 1):
            click.echo(_describe(number, cand))
        click.echo(f"{len(candidates)} candidate event(s) in {report}")
    if save:
        _save(report, candidates, db, geocoder, published=day, outlet=source_name, url=url)


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError as exc:
        raise click.BadParameter(f"{value!r} is not YYYY-MM-DD", param_hint="--published") from exc


def _save(report: Path, candidates: list[Candidate], db: str | None, geocoder: Geocoder, *,
          published: dt.date | None, outlet: str | None, url: str | None) -> None:
    from geoapp.review import ReviewError, reviewer_name, save_candidates

    try:
        summary = save_candidates(open_store(db), candidates, text=read_report(report),
                                  origin=str(report), published=published, outlet=outlet,
                                  url=url, user=reviewer_name(), geocoder=geocoder)
    except ReviewError as exc:
        raise GeoappError(f"{exc} (--published YYYY-MM-DD)") from exc
    click.echo(f"saved as unreviewed: added {summary.added} / updated {summary.updated} / "
               f"unchanged {summary.duplicates} / rejected {summary.rejected}", err=True)


def _describe(number: int | str, cand: Candidate) -> str:
    e = cand.event
    where = e.place_name or e.admin1 or e.location_text or e.country or "place unknown"
    if e.country and where != e.country:
        where += f", {e.country}"
    when = "date open" if cand.date_open else (
        f"{e.date_start}" if e.date_start == e.date_end else f"{e.date_start}..{e.date_end}")
    lines = [f"{number}. {e.event_type} ({e.sub_type})  {where} [{e.geo_precision}]  "
             f"{when} ({'?' if cand.date_open else e.date_precision})",
             f"   source: {e.source_name or 'unknown'} ({e.source_kind or '?'})"
             + (f" in {e.publisher}" if e.publisher and e.publisher != e.source_name else "")
             + f"  {e.modality}  confidence {cand.confidence:.2f}  cues: {', '.join(cand.cues)}"]
    if e.figures_text:
        lines.append(f"   figures: {_figures(cand)}  \"{e.figures_text}\"")
    if e.related_places:
        lines.append("   related: " + "; ".join(f"{p.role} {p.name}" for p in e.related_places))
    for flag in e.flags:
        lines.append(f"   note: {flag}")
    quote = e.quote if len(e.quote or "") <= 110 else e.quote[:107] + "..."
    lines.append(f"   \"{quote}\" [chars {cand.span[0]}-{cand.span[1]}]")
    for i, other in enumerate(cand.separate, 1):  # a second strike there, with its own toll
        lines += ["   " + line for line in _describe(f"{number}.{i}", other).splitlines()]
    return "\n".join(printable(line) for line in lines)


def _figures(cand: Candidate) -> str:
    e = cand.event
    parts = []
    for label, low, high in (("killed", e.killed_low, e.killed_high),
                             ("wounded", e.wounded_low, e.wounded_high),
                             ("killed or wounded", e.casualties_low, e.casualties_high),
                             (e.count_unit or "count", e.count_low, e.count_high)):
        if low is not None or high is not None:
            parts.append(f"{label} {format_range(Range(low, high))}")
    return ", ".join(parts)
