"""`geoapp users`: the accounts that may sign in to a server (``geoapp serve --host …``)."""

from __future__ import annotations

import sys

import click

from geoapp.cli.options import db_option, open_store
from geoapp.store.users import ROLES


def _read_password(from_stdin: bool) -> str:
    """The new password: one line from standard input, or typed twice without echo."""
    from geoapp.server.passwords import check_password

    if from_stdin:
        return check_password(sys.stdin.readline().rstrip("\r\n"))
    return check_password(click.prompt("Password", hide_input=True, confirmation_prompt=True))


def _hash(from_stdin: bool) -> str:
    from geoapp.server.passwords import hash_password

    return hash_password(_read_password(from_stdin))


password_stdin = click.option("--password-stdin", is_flag=True,
                              help="Read the password from the first line of standard input.")


@click.group("users")
def users_command() -> None:
    """Accounts for server mode: add, list, remove, change a password or a role.

    Roles: viewer (reads everything), editor (also reviews and adds events),
    admin (also manages accounts).

    \b
    Example:
        geoapp users add ana --role admin
        geoapp users list
    """


@users_command.command("add")
@click.argument("name")
@click.option("--role", type=click.Choice(ROLES), required=True)
@password_stdin
@db_option
def add(name: str, role: str, password_stdin: bool, db: str | None) -> None:
    """Add an account (asks for its password)."""
    store = open_store(db)
    from geoapp.store.users import check_name, known_role

    check_name(name)
    known_role(role)
    store.add_user(name, role, _hash(password_stdin))
    click.echo(f"added {name} ({role}) to {store.describe()}")


@users_command.command("list")
@db_option
def list_users(db: str | None) -> None:
    """Every account with its role and when its password was last set."""
    users = open_store(db, create=False).users()
    if not users:
        click.echo("no accounts (add one with `geoapp users add NAME --role admin`)")
        return
    click.echo(f"{'name':<24} {'role':<8} {'created':<17} password set")
    for user in users:
        click.echo(f"{user.name:<24} {user.role:<8} {user.created_at:%Y-%m-%d %H:%M} "
                   f"{user.password_changed_at:%Y-%m-%d %H:%M}")


@users_command.command("remove")
@click.argument("name")
@db_option
def remove(name: str, db: str | None) -> None:
    """Remove an account; its sessions end within seconds."""
    open_store(db, create=False).remove_user(name)
    click.echo(f"removed {name}")


@users_command.command("passwd")
@click.argument("name")
@password_stdin
@db_option
def passwd(name: str, password_stdin: bool, db: str | None) -> None:
    """Set a new password; sessions signed in with the old one end."""
    store = open_store(db, create=False)
    if store.user(name) is None:
        raise click.ClickException(f"no user {name!r}")
    store.set_password(name, _hash(password_stdin))
    click.echo(f"password changed for {name}")


@users_command.command("role")
@click.argument("name")
@click.argument("role", type=click.Choice(ROLES))
@db_option
def role(name: str, role: str, db: str | None) -> None:
    """Give an account another role (applies to its open sessions within seconds)."""
    open_store(db, create=False).set_role(name, role)
    click.echo(f"{name} is now {role}")
