"""Accounts for server mode: name, role and password hash, in plain SQLAlchemy Core.

Every backend calls these functions on its own connection, so the SQLite file
and a PostgreSQL server keep accounts the same way. The store never sees a
password: callers hash it first (:mod:`geoapp.server.passwords`).
"""

from __future__ import annotations

import datetime as dt
import getpass
import os
import re
from dataclasses import dataclass

from sqlalchemy import Connection, delete, insert, select, update

from geoapp.errors import GeoappError
from geoapp.store import schema

#: Roles from least to most trusted: viewers read, editors also review and add events,
#: admins also manage accounts.
ROLES = ("viewer", "editor", "admin")
NAME_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9._@-]{0,63}")


class AccountError(GeoappError):
    """An account that cannot be added or changed as asked (bad name or role, unknown user)."""


@dataclass(frozen=True)
class User:
    """One account as stored."""

    name: str
    role: str
    password_hash: str
    created_at: dt.datetime
    password_changed_at: dt.datetime


def local_user() -> str:
    """The operating-system account running this process: who made a change outside server mode."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # a container user without a passwd entry
        return f"uid {os.getuid()}" if hasattr(os, "getuid") else "unknown"


def check_name(name: str) -> str:
    if not NAME_PATTERN.fullmatch(name or ""):
        raise AccountError(f"user name {name!r} is not allowed: use 1–64 letters, digits, "
                           "'.', '_', '@' or '-', starting with a letter or digit")
    return name


def known_role(role: str) -> str:
    if role not in ROLES:
        raise AccountError(f"unknown role {role!r}; use one of {list(ROLES)}")
    return role


def get_user(conn: Connection, name: str) -> User | None:
    row = conn.execute(select(schema.users).where(schema.users.c.name == name)).mappings().first()
    return User(**row) if row else None


def list_users(conn: Connection) -> list[User]:
    rows = conn.execute(select(schema.users).order_by(schema.users.c.name)).mappings().all()
    return [User(**row) for row in rows]


def add_user(conn: Connection, name: str, role: str, password_hash: str) -> User:
    check_name(name)
    known_role(role)
    if get_user(conn, name) is not None:
        raise AccountError(f"user {name!r} already exists (change the password with "
                           f"`geoapp users passwd {name}`)")
    now = _now()
    conn.execute(insert(schema.users).values(name=name, role=role, password_hash=password_hash,
                                             created_at=now, password_changed_at=now))
    return User(name, role, password_hash, now, now)


def set_password(conn: Connection, name: str, password_hash: str) -> None:
    """Replace a password; sessions signed in with the old one end."""
    changed = conn.execute(update(schema.users).where(schema.users.c.name == name)
                           .values(password_hash=password_hash, password_changed_at=_now()))
    if changed.rowcount == 0:
        raise AccountError(f"no user {name!r}")


def set_role(conn: Connection, name: str, role: str) -> None:
    known_role(role)
    changed = conn.execute(update(schema.users).where(schema.users.c.name == name)
                           .values(role=role))
    if changed.rowcount == 0:
        raise AccountError(f"no user {name!r}")


def remove_user(conn: Connection, name: str) -> None:
    removed = conn.execute(delete(schema.users).where(schema.users.c.name == name))
    if removed.rowcount == 0:
        raise AccountError(f"no user {name!r}")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
