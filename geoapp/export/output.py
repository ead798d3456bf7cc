"""What every writer shares: the filtered rows in chunks, and files that appear only complete."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from geoapp.export import ExportError
from geoapp.query import EventView

#: Rows per chunk: large enough for vectorised work, small enough to bound memory.
CHUNK_ROWS = 50_000


def row_chunks(view: EventView, positions: np.ndarray) -> Iterator[pd.DataFrame]:
    """Model frames of the selected rows, in (date, id) order, :data:`CHUNK_ROWS` at a time."""
    size = CHUNK_ROWS
    for start in range(0, len(positions), size):
        yield view.rows(positions[start:start + size])


@contextmanager
def atomic_output(path: str | Path) -> Iterator[Path]:
    """A temporary path next to ``path`` that replaces it only if the block succeeds.

    A failed or interrupted export never leaves a truncated file that looks valid.
    """
    path = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=path.suffix, dir=path.parent)
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from exc
    os.close(fd)
    os.unlink(tmp)  # some drivers (GPKG) refuse to write over an existing file
    tmp_path = Path(tmp)
    try:
        yield tmp_path
        tmp_path.replace(path)
    finally:
        tmp_path.unlink(missing_ok=True)
