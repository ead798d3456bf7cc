"""Which store ``--db`` names: a path, a ``sqlite:///`` URL, or a server URL.

A target is parsed before anything touches the disk, so a URL never becomes a
file or folder named after it, and a password never reaches a file name, a
log line or an error message.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from geoapp.location import default_db_target
from geoapp.store.base import Store, StoreError

#: Connection options that hold secrets (libpq reads a password from the query string too).
_SECRET_OPTIONS = frozenset({"password", "sslpassword"})



def open_store(target: str | Path | None = None, *, create: bool = True) -> Store:
    """Open the store at a path or URL (default :func:`default_db_target`).

    ``create=False`` is for commands that only read: a store that does not exist
    is an error ("no store at …") rather than a new empty one.

    Example
    -------
    >>> store = open_store("var/geoapp.db")  # doctest: +SKIP
    >>> store.count()  # doctest: +SKIP
    """
    target = str(target) if target is not None else default_db_target()
    if target.strip() in ("", ":memory:"):
        raise StoreError("give the store a file path or URL: an in-memory store keeps nothing "
                         "after the command ends")
    if "://" not in target:
        return _open_sqlite(Path(target), create)
    try:
        url = make_url(target)
    except ArgumentError as exc:
        raise StoreError(f"--db {redact(target)!r} is neither a path nor a database URL") from exc
    scheme = url.get_backend_name()
    if scheme == "sqlite":
        if not url.database or url.database == ":memory:":
            raise StoreError("a sqlite:/// URL needs a file path, e.g. sqlite:///var/geoapp.db")
        return _open_sqlite(Path(url.database), create)
    if scheme not in BACKENDS:
        known = ", ".join(["a path", "sqlite:///PATH", *(f"{s}://…" for s in BACKENDS)])
        raise StoreError(f"no store backend for {scheme}:// URLs ({redact(target)}); "
                         f"use {known}")
    return BACKENDS[scheme](url, create)


def redact(target: str) -> str:
    """A path or URL as it may be shown: any password replaced by ***."""
    if "://" not in target:
        return target
    try:
        return public_url(make_url(target))
    except ArgumentError:
        scheme, _, rest = target.partition("://")
        return f"{scheme}://***@{rest.rpartition('@')[2]}" if "@" in rest else target


def public_url(url: URL) -> str:
    """A URL as it may be shown or logged: a password, in its place or as a
    ``?password=`` option, becomes ***; options stay readable (``?host=/run/pg``)."""
    options = [f"{key}={'***' if key in _SECRET_OPTIONS else value}"
               for key, values in url.query.items()
               for value in ((values,) if isinstance(values, str) else values)]
    shown = url.set(query={}).render_as_string(hide_password=True)
    return shown + ("?" + "&".join(options) if options else "")


def _open_sqlite(path: Path, create: bool) -> Store:
    from geoapp.store.sqlite import SQLiteStore

    return SQLiteStore(path, create=create)


def _open_postgis(url: URL, create: bool) -> Store:
    from geoapp.store.postgis import PostGISStore

    return PostGISStore(url, create=create)



#: URL scheme → function opening a store of that kind (``create`` = may create it).
BACKENDS: dict[str, Callable[[URL, bool], Store]] = {"postgresql": _open_postgis}
