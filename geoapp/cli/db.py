"""`geoapp db migrate`: bring a store's tables to this version of geoapp."""

from __future__ import annotations

import click

from geoapp.cli.options import db_option, open_store


@click.group("db")
def db_group() -> None:
    """Manage the event store: `geoapp db migrate` applies pending schema migrations."""


@db_group.command("migrate")
@db_option
def migrate_command(db: str | None) -> None:
    """Apply pending schema migrations to the store and print its schema version.

    A new SQLite path or an empty PostgreSQL database (with PostGIS) gets
    every table; an up-to-date store is left as it is.

    \b
    Example:
        geoapp db migrate --db var/geoapp.db
        geoapp db migrate --db postgresql://geoapp@localhost/geoapp
    """
    store = open_store(db)
    try:
        version = store.schema_version()
        if not store.applied_migrations:
            click.echo(f"{store.describe()}: schema version {version}, up to date")
        else:
            applied = ", ".join(map(str, store.applied_migrations))
            click.echo(f"{store.describe()}: schema version {version} (migrated from "
                       f"{store.opened_version}; applied migrations {applied})")
    finally:
        store.close()
