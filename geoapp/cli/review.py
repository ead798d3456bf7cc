"""`geoapp review`: the review queue from the command line (list, accept, reject, edit, merge,
link, undo), the same operations as the dashboard's queue."""

from __future__ import annotations

import json
from collections.abc import Callable

import click

from geoapp.cli.options import db_option, open_geocoder, open_store
from geoapp.cli.terminal import printable
from geoapp.model import EVENT_TYPES, FIELD_NAMES

#: Fields `review edit` can set, each an option (``--type`` for event_type).
_EDITABLE = tuple(f for f in FIELD_NAMES if f not in (
    "event_id", "batch_id", "ingested_at", "origin", "status", "location_text", "place_name",
    "adm1_code", "admin1", "country", "lon", "lat", "geo_precision", "related_places"))
_CONTEXT = 80


def reviewer_option(fn: Callable) -> Callable:
    return click.option("--reviewer", metavar="NAME",
                        help="Who is reviewing (default: the operating-system user).")(fn)


@click.group("review")
def review_group() -> None:
    """Review extracted candidates: list, accept, reject, edit, merge, link, undo."""


@review_group.command("list")
@click.option("--json", "as_json", is_flag=True, help="One JSON array of queue items.")
@db_option
def list_command(as_json: bool, db: str | None) -> None:
    """List unreviewed candidates, newest report first, each with its quote in context.

    \b
    Example:
        geoapp review list
    """
    from geoapp.figures import event_ranges, format_range
    from geoapp.review import place_label, queue

    items = queue(open_store(db, create=False), geocoder=open_geocoder(db))
    if as_json:
        click.echo(json.dumps([i.to_dict() for i in items], ensure_ascii=False, default=str))
        return
    for item in items:
        e = item.event
        where = place_label({"name": e["place_name"] or e["location_text"], "admin1": e["admin1"],
                             "country": e["country"]}) or "?"
        when = e["date_start"] if e["date_start"] == e["date_end"] else (
            f"{e['date_start']}..{e['date_end']}")
        figures = ", ".join(f"{kind.replace('_', ' ')} {format_range(r)}"
                            for kind, r in event_ranges(e).items() if format_range(r) != "unknown")
        lines = [f"{e['event_id']}  {e['event_type']}  {where} [{e['geo_precision']}]  {when}",
                 f"   source: {e['source_name'] or 'unknown'}  {figures}",
                 f"   …{item.context_before[-_CONTEXT:]}[{item.span}]{item.context_after[:_CONTEXT]}…"]
        if others := item.other_places():
            lines.append("   or: " + "; ".join(place_label(a) for a in others[:5]))
        click.echo("\n".join(printable(line) for line in lines))
    click.echo(f"{len(items)} candidate(s) to review")


@review_group.command("accept")
@click.argument("event_id")
@reviewer_option
@db_option
def accept_command(event_id: str, reviewer: str | None, db: str | None) -> None:
    """Accept a candidate: it becomes a reported event."""
    from geoapp.review import accept, reviewer_name

    accept(open_store(db, create=False), event_id, reviewer=reviewer_name(reviewer))
    click.echo(f"accepted {printable(event_id)}")


@review_group.command("reject")
@click.argument("event_id")
@click.option("--reason", help="Why (kept with the action).")
@reviewer_option
@db_option
def reject_command(event_id: str, reason: str | None, reviewer: str | None,
                   db: str | None) -> None:
    """Reject a candidate: hidden from the map and totals, kept in the store."""
    from geoapp.review import reject, reviewer_name

    reject(open_store(db, create=False), event_id, reviewer=reviewer_name(reviewer),
           reason=reason)
    click.echo(f"rejected {printable(event_id)}")


def _edit_options(fn: Callable) -> Callable:
    for name in reversed(_EDITABLE):
        flag = "--type" if name == "event_type" else "--" + name.replace("_", "-")
        kind = click.Choice(EVENT_TYPES) if name == "event_type" else None
        fn = click.option(flag, name, type=kind, help=f"New {name}.")(fn)
    return click.option("--place", help="Where, as a place name the geocoder finds "
                        "(sets region, country, point and precision together).")(fn)


@review_group.command("edit")
@click.argument("event_id")
@_edit_options
@reviewer_option
@db_option
def edit_command(event_id: str, reviewer: str | None, db: str | None, **fields) -> None:
    """Change fields of an event (an empty value clears a field).

    \b
    Example:
        geoapp review edit x:4f1c --place "Sudzha, Kursk Oblast" --killed-low 3
    """
    from geoapp.review import edit, reviewer_name

    changes = {name: value for name, value in fields.items() if value is not None}
    edit(open_store(db, create=False), event_id, changes, reviewer=reviewer_name(reviewer),
         geocoder=open_geocoder(db))
    click.echo(f"edited {printable(event_id)}: {', '.join(sorted(changes))}")


@review_group.command("merge")
@click.argument("event_id")
@click.argument("into")
@reviewer_option
@db_option
def merge_command(event_id: str, into: str, reviewer: str | None, db: str | None) -> None:
    """Merge a candidate into an existing event: the same incident, another source's claim."""
    from geoapp.review import merge, reviewer_name

    merge(open_store(db, create=False), event_id, into, reviewer=reviewer_name(reviewer))
    click.echo(f"merged {printable(event_id)} into {printable(into)}")


@review_group.command("link")
@click.argument("a")
@click.argument("b")
@click.option("--break", "broken", is_flag=True, help="They are NOT the same incident.")
@reviewer_option
@db_option
def link_command(a: str, b: str, broken: bool, reviewer: str | None, db: str | None) -> None:
    """Confirm that two events are the same incident (or break a suggested link)."""
    from geoapp.review import link, reviewer_name

    link(open_store(db, create=False), a, b, confirmed=not broken,
         reviewer=reviewer_name(reviewer))
    click.echo(f"{'broke' if broken else 'confirmed'} the link {printable(a)} – {printable(b)}")


@review_group.command("undo")
@reviewer_option
@db_option
def undo_command(reviewer: str | None, db: str | None) -> None:
    """Undo your latest review action."""
    from geoapp.review import reviewer_name, undo

    done = undo(open_store(db, create=False), reviewer=reviewer_name(reviewer))
    click.echo(printable(done) if done else "nothing to undo")
