"""Where the store is by default, answerable without loading the store's stack.

``geoapp geocode`` without a store must not pay for SQLAlchemy and pandas just to
find out there is nothing to open.
"""

from __future__ import annotations

import os
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
