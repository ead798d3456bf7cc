"""The ``geoapp`` command line: one module per command, registered here."""

from __future__ import annotations

import logging

import click

from geoapp import __version__
from geoapp.cli.demo import demo_command
from geoapp.cli.events import events_command
from geoapp.cli.export import export_command
from geoapp.cli.extract import extract_command
from geoapp.cli.geocode import geocode_command
from geoapp.cli.ingest import ingest_command
from geoapp.cli.query import query_command
from geoapp.cli.rejects import batches_command, rejects_command
from geoapp.cli.serve import serve_command
from geoapp.cli.synth import synth_command
from geoapp.errors import GeoappError


class _Group(click.Group):
    """Turns a user's mistake (GeoappError) into one line and exit code 1, not a traceback."""

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


for command in (ingest_command, events_command, serve_command, demo_command, synth_command,
                batches_command, rejects_command, export_command, extract_command,
                geocode_command, query_command):
    cli.add_command(command)
