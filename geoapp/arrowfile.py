"""Arrow IPC caches written whole or not at all.

The view cache and the place-list cache are uncompressed Arrow IPC files that other
processes memory-map while one of them may be rewriting the file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pyarrow as pa


def write_atomically(table: pa.Table, path: Path, *, max_chunksize: int | None = None) -> None:
    """Write through a unique temporary file renamed into place: concurrent readers see
    the old file or the new one, never a half-written file (created owner-only).
    ``max_chunksize`` caps the rows per record batch, for readers that stream batches."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out, pa.ipc.new_file(out, table.schema) as writer:
            writer.write_table(table, max_chunksize=max_chunksize)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
