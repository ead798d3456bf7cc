"""Cache files written whole or not at all.

The view cache and the place-list cache are uncompressed Arrow IPC files that other
processes memory-map while one of them may be rewriting the file; the layers' shapes
are cached the same way.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable
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
    if max_chunksize is None or not table.num_rows:
        write_batches_atomically(table.schema, table.to_batches(max_chunksize), path)
        return
    write_batches_atomically(table.schema, (
        joined(table.slice(start, max_chunksize))
        for start in range(0, table.num_rows, max_chunksize)), path)


def write_batches_atomically(schema: pa.Schema, batches: Iterable[pa.RecordBatch],
                             path: Path) -> None:
    """Record batches as an Arrow IPC file (:func:`replace_atomically`), each written as it
    comes: a file of gigabytes is written holding one batch at a time, not a copy of all."""
    def write(out: BinaryIO) -> None:
        with pa.ipc.new_file(out, schema) as writer:
            for batch in batches:
                writer.write_batch(batch)

    replace_atomically(path, write)


def joined(table: pa.Table) -> pa.RecordBatch:
    """``table``'s rows as one record batch, each column's chunks joined (copied only when
    there are several)."""
    return pa.record_batch([c.chunk(0) if c.num_chunks == 1 else c.combine_chunks()
                            for c in table.columns], schema=table.schema)
