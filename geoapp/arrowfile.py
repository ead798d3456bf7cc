"""Cache files written whole or not at all.

The view cache and the place-list cache are uncompressed Arrow IPC files that other
processes memory-map while one of them may be rewriting the file; the layers' shapes
are cached the same way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

import pyarrow as pa


def replace_atomically(path: Path, write: Callable[[BinaryIO], object]) -> None:
    """Write through a unique temporary file renamed into place: concurrent readers see
    the old file or the new one, never a half-written file (created owner-only)."""
    fd, tmp = tempfile.mkstemp(prefix=path.name + ".", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as out:
            write(out)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomically(table: pa.Table, path: Path, *, max_chunksize: int | None = None) -> None:
    """``table`` as an Arrow IPC file (:func:`replace_atomically`). ``max_chunksize``: the
    rows per record batch (the last may hold fewer), for readers that stream batches;
    columns chunked differently (a patched view's text) are joined a batch at a time, so
    their chunks do not split the file into ever more, ever smaller batches."""
    def write(out: BinaryIO) -> None:
        with pa.ipc.new_file(out, table.schema) as writer:
            if max_chunksize is None or not table.num_rows:
                writer.write_table(table, max_chunksize=max_chunksize)
                return
            for start in range(0, table.num_rows, max_chunksize):
                part = table.slice(start, max_chunksize)
                writer.write_batch(pa.record_batch(
                    [c.chunk(0) if c.num_chunks == 1 else c.combine_chunks()
                     for c in part.columns], schema=table.schema))

    replace_atomically(path, write)
