"""What every writer shares: the filtered rows in chunks, and files that appear only complete."""

from __future__ import annotations

import shutil
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
    The file is written inside a folder only its owner can enter and made
    readable by its owner only (0600) before it takes its name: exports hold
    unpublished material, as the store does.
    """
    path = Path(path)
    try:
        folder = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=path.parent))
    except OSError as exc:
        raise ExportError(f"cannot write {path}: {exc.strerror}") from exc
    tmp_path = folder / ("export" + path.suffix)
    try:
        yield tmp_path
        tmp_path.chmod(0o600)
        tmp_path.replace(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
