"""`geoapp batches` and `geoapp rejects`: what each ingest did and which rows it set aside."""

from __future__ import annotations

import click

from geoapp.cli.options import db_option, open_store
from geoapp.cli.terminal import printable


@click.command("batches")
@db_option
def batches_command(db: str | None) -> None:
    """List ingest batches, newest last: source file, counts and time.

    \b
    Example:
        geoapp batches
    """
    table = open_store(db, create=False).batches()
    for row in table.itertuples():
        click.echo(f"{row.batch_id}  {row.started_at:%Y-%m-%d %H:%M}  {row.format:<8} "
                   f"read {row.read:,} added {row.added:,} updated {row.updated:,} "
                   f"duplicates {row.duplicates:,} rejected {row.rejected:,}  {printable(row.source)}")
    if table.empty:
        click.echo("no batches yet")


@click.command("rejects")
@click.argument("batch_id", required=False)
@db_option
def rejects_command(batch_id: str | None, db: str | None) -> None:
    """Show rejected rows (file, line, reason), for one batch or all.

    \b
    Example:
        geoapp rejects 3f2a9c…
    """
    table = open_store(db, create=False).rejects(batch_id)
    for row in table.itertuples():
        click.echo(printable(f"{row.source}:{row.line}: {row.reason}"))
    if table.empty:
        click.echo("no rejected rows")
