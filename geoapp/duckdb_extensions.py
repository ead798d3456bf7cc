"""DuckDB extensions shipped as Python packages (``duckdb-extension-<name>``, the build for the
installed DuckDB), loaded from there and never downloaded: a start stays offline."""

from __future__ import annotations

import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import duckdb


def extension_file(name: str) -> Path | None:
    """The file of DuckDB's extension ``name`` that ``duckdb-extension-<name>`` ships for the
    installed DuckDB; None when that package (or its build for this DuckDB) is missing."""
    import duckdb

    try:
        package = importlib.resources.files(f"duckdb_extension_{name}")
    except ModuleNotFoundError:
        return None
    path = Path(str(package / "extensions" / f"v{duckdb.__version__}" / f"{name}.duckdb_extension"))
    return path if path.is_file() else None


def install_hint(name: str) -> str:
    """How to install the package of extension ``name`` for the installed DuckDB."""
    import duckdb

    return f"install it with: pip install duckdb-extension-{name.replace('_', '-')}=={duckdb.__version__}"


def connect(**config: object) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection (with ``config``) that never installs or loads an
    extension by itself: each one is loaded from its package with :func:`load`."""
    import duckdb

    return duckdb.connect(config={"autoinstall_known_extensions": False,
                                  "autoload_known_extensions": False, **config})


def load(con: duckdb.DuckDBPyConnection, path: Path) -> None:
    """Load the extension file at ``path`` into ``con``."""
    con.execute("LOAD '" + str(path).replace("'", "''") + "'")
