"""`geoapp summary` and `geoapp incidents`: the dashboard header's figures, and the incidents
behind them, from the command line."""

from __future__ import annotations

import json

import click
import numpy as np

from geoapp.cli.options import build_filter, db_option, filter_options, open_store
from geoapp.cli.terminal import printable


@click.command("summary")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="One JSON document.")
@db_option
def summary_command(as_json: bool, db: str | None, **filters) -> None:
    """Print the dashboard header's figures: events, incidents, killed, wounded, killed or
    wounded (each incident counted once) and sources.

    \b
    Example:
        geoapp summary --country RU --from 2024-08-01 --include-unreviewed
    """
    from geoapp.figures import KINDS, format_range
    from geoapp.query import load_view
    from geoapp.query.summary import headline

    flt = build_filter(**filters)
    view = load_view(open_store(db, create=False))
    h = headline(view, view.select(flt), include_unreviewed=flt.include_unreviewed)
    if as_json:
        click.echo(json.dumps({**h.to_dict(), "filter": flt.to_dict(),
                               "filter_description": flt.describe()}, ensure_ascii=False))
        return
    click.echo(printable(flt.describe()))
    click.echo(f"events     {h.events:,}")
    click.echo(f"incidents  {h.incidents:,}")
    for kind in KINDS:
        click.echo(f"{kind.replace('_', ' '):<18} {format_range(getattr(h, kind))}")
    click.echo(f"sources    {h.sources:,}")


@click.command("incidents")
@filter_options
@click.option("--all", "every", is_flag=True, help="Also incidents of a single event.")
@click.option("--json", "as_json", is_flag=True, help="One JSON array.")
@db_option
def incidents_command(every: bool, as_json: bool, db: str | None, **filters) -> None:
    """List the incidents that several events describe, with their sources and figures.

    \b
    Example:
        geoapp incidents --country RU --include-unreviewed
    """
    from geoapp.figures import KINDS, totals
    from geoapp.frames import frame_to_records
    from geoapp.query import load_view
    from geoapp.query.incidents import source_keys

    flt = build_filter(**filters)
    view = load_view(open_store(db, create=False))
    positions = view.select(flt)
    ids = view.incidents().to_numpy()[positions]
    keys, counts = np.unique(ids, return_counts=True)
    shown = keys if every else keys[counts > 1]
    out = []
    for key in shown:
        rows = view.rows(positions[ids == key])
        sums = totals(rows, incidents=np.full(len(rows), key))
        records = frame_to_records(rows)
        first = records[0]
        out.append({
            "incident": int(key), "events": [r["event_id"] for r in records],
            "event_type": first["event_type"],
            "date_start": min(r["date_start"] for r in records),
            "date_end": max(r["date_end"] for r in records),
            "place": first["admin1"] or first["location_text"] or first["country"],
            "sources": sorted(set(source_keys(rows).dropna())),
            **{kind: sums[kind].to_dict() for kind in KINDS},
        })
    if as_json:
        click.echo(json.dumps(out, ensure_ascii=False))
        return
    for inc in out:
        figures = ", ".join(f"{kind.replace('_', ' ')} {inc[kind]['text']}" for kind in KINDS
                            if inc[kind]["text"] != "unknown")
        click.echo(printable(f"{inc['date_start']}..{inc['date_end']}  {inc['event_type']}  "
                             f"{inc['place']}  {len(inc['events'])} events, "
                             f"{len(inc['sources'])} source(s)  {figures}"))
        click.echo(printable("   sources: " + "; ".join(inc["sources"])))
        click.echo(printable("   events: " + " ".join(inc["events"])))
    click.echo(f"{len(out):,} incident(s) {'' if every else 'of several events '}among "
               f"{len(positions):,} {printable(flt.describe())}")
