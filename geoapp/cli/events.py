"""`geoapp events`: the filtered events as a table in the terminal (or JSON Lines)."""

from __future__ import annotations

import json
import shutil

import click

from geoapp.cli.options import build_filter, db_option, filter_options, open_store
from geoapp.cli.terminal import printable
from geoapp.figures import figure_texts, format_range
from geoapp.frames import frame_to_records
from geoapp.query import load_view
from geoapp.query.summary import headline

_COLUMNS = (("date_start", 10), ("event_type", 16), ("admin1", 18), ("place_name", 18),
            ("killed", 9), ("source_name", 16), ("event_id", 22))


@click.command("events")
@filter_options
@click.option("--limit", default=20, show_default=True, help="Rows to show (0 for all).")
@click.option("--json", "as_json", is_flag=True, help="One JSON record per line.")
@db_option
def events_command(limit: int, as_json: bool, db: str | None, **filters) -> None:
    """List stored events matching the filters, oldest first.

    \b
    Example:
        geoapp events --from 2024-12-01 --type casualty_report --include-unreviewed
    """
    flt = build_filter(**filters)
    view = load_view(open_store(db, create=False))
    positions = view.select(flt)
    shown = positions if limit == 0 else positions[:limit]
    rows = view.rows(shown)
    if as_json:
        for record in frame_to_records(rows):
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    width = shutil.get_terminal_size((120, 20)).columns
    click.echo(_line([name for name, _ in _COLUMNS], width))
    killed = figure_texts(rows, unknown="")["killed"].tolist()
    for record, figure in zip(frame_to_records(rows), killed, strict=True):
        record["killed"] = figure
        click.echo(_line([record.get(name) for name, _ in _COLUMNS], width))
    h = headline(view, positions)
    click.echo(f"{len(shown):,} of {h.events:,} {printable(flt.describe())}; "
               f"killed {format_range(h.killed)} ({h.incidents:,} incident(s)), "
               f"{h.sources} source(s)")


def _line(values, width: int) -> str:
    cells = []
    for value, (_, size) in zip(values, _COLUMNS, strict=True):
        text = printable(value)
        cells.append(text[: size - 1] + "…" if len(text) > size else text.ljust(size))
    return " ".join(cells)[:width]
