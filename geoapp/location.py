"""Where the store is, and what a cold start needs from a local one, answerable without
loading the store's stack.

``geoapp geocode`` must not pay for SQLAlchemy and pandas (about a second) just to find
out there is nothing to open, or that its place lists' cache is current.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from pathlib import Path

DEFAULT_DB = Path("var") / "geoapp.db"


def default_db_target() -> str:
    """``$GEOAPP_DB`` if set, else ``var/geoapp.db`` under the current directory."""
    return os.environ.get("GEOAPP_DB") or str(DEFAULT_DB)


def no_local_store(target: str | None) -> bool:
    """Whether ``target`` (default :func:`default_db_target`) is a plain file path with
    no file there (URLs are never known to be missing without connecting)."""
    target = target or default_db_target()
    return "://" not in target and target.strip() not in ("", ":memory:") \
        and not Path(target).exists()


#: The place lists' heads that key their geocoder cache, in one order for every backend.
PLACE_LIST_HEADS_SQL = ("SELECT source, sha256, country, imported_at, places, districts "
                        "FROM place_lists ORDER BY source")


def sqlite_identity(path: Path, store_id: str) -> str:
    """A SQLite store's identity: its file and the id it was given when created."""
    return f"sqlite:{path.resolve()}#{store_id}"


def local_place_list_heads(target: str | None) -> tuple[str, list[list[str]]] | None:
    """A local SQLite store's identity and its place lists' heads (:data:`PLACE_LIST_HEADS_SQL`,
    as text), read with the standard library; None when ``target`` is not a local file that
    reads as a geoapp store (then the store's own stack opens it, migrating it if need be)."""
    target = target or default_db_target()
    path = Path(target)
    if "://" in target or not path.is_file():
        return None
    try:
        with closing(sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                     timeout=0.5)) as conn:
            found = conn.execute("SELECT value FROM geoapp_meta WHERE key = 'store_id'").fetchone()
            heads = conn.execute(PLACE_LIST_HEADS_SQL).fetchall()
    except sqlite3.Error:
        return None
    if found is None:
        return None
    return sqlite_identity(path, found[0]), heads_as_text(heads)


def heads_as_text(rows: object) -> list[list[str]]:
    """Rows of :data:`PLACE_LIST_HEADS_SQL` as text, the same whichever driver read them."""
    return [["" if value is None else str(value) for value in row] for row in rows]
