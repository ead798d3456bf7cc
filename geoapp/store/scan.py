"""Read every event of a SQLite store with DuckDB's SQLite reader, in a process of its own.

DuckDB's reader links its own copy of SQLite. Two copies of SQLite in one process do not
see each other's POSIX locks, and closing the file in one drops the other's (see "Multiple
copies of SQLite linked into the same application", https://www.sqlite.org/howtocorrupt.html):
a server that scanned its own store that way could lose or corrupt its writes. So the scan
runs here, as a separate reader process, and hands its Arrow table back in a file.

    python -m geoapp.store.scan STORE.db OUT.arrow
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import pyarrow as pa

from geoapp.duckdb_extensions import connect, extension_file, load
from geoapp.model import FIELD_NAMES


def scan(store_path: str, out_path: str) -> None:
    """Write every event of the store at ``store_path`` to an Arrow IPC file, batch by batch."""
    import duckdb

    extension = extension_file("sqlite_scanner")
    if extension is None:
        raise SystemExit("DuckDB's SQLite reader is not installed")
    # One thread: a second one costs more CPU than it saves time on the scan of one file.
    con = connect(threads=1)
    try:
        con.execute("SET enable_progress_bar = false")
        load(con, extension)
        reader = con.execute(f"SELECT {', '.join(FIELD_NAMES)} FROM sqlite_scan(?, 'events')",
                             [store_path]).to_arrow_reader()
        with pa.OSFile(out_path, "wb") as sink, pa.ipc.new_file(sink, reader.schema) as writer:
            for batch in reader:
                writer.write_batch(batch)
    except duckdb.Error as exc:
        raise SystemExit(str(exc).splitlines()[0]) from exc
    finally:
        con.close()


def main(argv: Sequence[str] | None = None) -> None:
    store_path, out_path = argv if argv is not None else sys.argv[1:]
    scan(store_path, out_path)


if __name__ == "__main__":
    main()
