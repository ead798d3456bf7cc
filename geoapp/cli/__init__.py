"""The ``geoapp`` command line: one module per command, registered in :data:`COMMANDS`.

Commands are imported only when run, so ``geoapp --help`` and a single command
start without loading the whole stack (pandas, the gazetteer, Dash).
"""

from __future__ import annotations

import importlib
import logging

import click

from geoapp import __version__
from geoapp.errors import GeoappError

#: name → (module, attribute, one-line help shown by ``geoapp --help``).
COMMANDS: dict[str, tuple[str, str, str]] = {
    "ingest": ("geoapp.cli.ingest", "ingest_command",
               "Ingest ACLED, UCDP GED, GeoJSON, JSON, JSON Lines, Parquet or CSV files."),
    "events": ("geoapp.cli.events", "events_command",
               "List stored events matching the filters, oldest first."),
    "serve": ("geoapp.cli.serve", "serve_command",
              "Serve the dashboard (http://127.0.0.1:8050 by default)."),
    "demo": ("geoapp.cli.demo", "demo_command",
             "Load the bundled UCDP Ukraine sample and the curated Kursk report events."),
    "synth": ("geoapp.cli.synth", "synth_command",
              "Write synthetic events (labelled as such in every row) in the model's columns."),
    "batches": ("geoapp.cli.rejects", "batches_command",
                "List ingest batches, newest last: source file, counts and time."),
    "rejects": ("geoapp.cli.rejects", "rejects_command",
                "Show rejected rows (file, line, reason), for one batch or all."),
    "export": ("geoapp.cli.export", "export_command",
               "Export the events matching the filters: exactly the events the dashboard shows."),
    "extract": ("geoapp.cli.extract", "extract_command",
                "Read a report (.txt, .md, .html) and list the events it describes."),
    "db": ("geoapp.cli.db", "db_group",
           "Manage the event store: `geoapp db migrate` applies pending schema migrations."),
    "users": ("geoapp.cli.users", "users_command",
              "Accounts for server mode: add, list, remove, change a password or a role."),
    "geocode": ("geoapp.cli.geocode", "geocode_command",
                "Find a place, district, region or country by name (any language or romanisation), "
                "or the region at a point."),
    "areas": ("geoapp.cli.areas", "areas_command",
              "Areas over time: ingest dated polygons, list what the store holds."),
    "animate": ("geoapp.cli.animate", "animate_command",
                "Render the time window as an animation (GIF, MP4 or PNG frames)."),
    "places": ("geoapp.cli.places", "places_command",
               "Import, list and remove place lists (settlements, facilities, a team's places)."),
    "query": ("geoapp.cli.query", "query_command",
              "Summarise the events matching the filters: totals, regions, timeline and ids."),
    "review": ("geoapp.cli.review", "review_group",
               "Review extracted candidates: list, accept, reject, edit, merge, link, undo."),
    "summary": ("geoapp.cli.summary", "summary_command",
                "Print the dashboard header's figures: events, incidents, killed, wounded, killed or wounded "
                "(each incident counted once) and sources."),
    "incidents": ("geoapp.cli.summary", "incidents_command",
                  "List the incidents that several events describe, with their sources and figures."),
}


class _Group(click.Group):
    """Loads commands on demand and turns a user's mistake (GeoappError) into one line
    and exit code 1, not a traceback."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name not in COMMANDS:
            return None
        module, attribute, _ = COMMANDS[name]
        return getattr(importlib.import_module(module), attribute)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, COMMANDS[name][2]) for name in self.list_commands(ctx)]
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context):
        try:
            return super().invoke(ctx)
        except GeoappError as exc:
            raise click.ClickException(str(exc)) from exc


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="geoapp")
@click.option("-v", "--verbose", is_flag=True, help="Log each stage's progress.")
def cli(verbose: bool) -> None:
    """geoapp: map conflict events with their sources, offline."""
    logging.basicConfig(level=logging.INFO if verbose else logging.WARNING,
                        format="%(levelname)s %(name)s: %(message)s")
