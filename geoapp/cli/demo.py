"""`geoapp demo`: load the bundled demo datasets (only into an empty store by default)."""

from __future__ import annotations

from pathlib import Path

import click

from geoapp.cli.options import db_option, open_store
from geoapp.demo import load_demo


@click.command("demo")
@click.option("--force", is_flag=True, help="Ingest even if the store already has events.")
@db_option
def demo_command(force: bool, db: str | None) -> None:
    """Load the bundled UCDP Ukraine sample and the curated Kursk report events.

    \b
    Example:
        geoapp demo
    """
    store = open_store(db)
    if store.count() and not force:
        click.echo(f"{store}: already holds {store.count():,} events; nothing loaded")
        return
    for summary in load_demo(store):
        click.echo(f"{Path(summary.source).name}: added {summary.added:,}, "
                   f"rejected {summary.rejected:,}")
