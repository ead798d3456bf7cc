"""CSV: one row per event, UTF-8 with a header, safe to open in a spreadsheet.

``columns="geoapp"`` writes every model field (dates ISO 8601, lists as JSON
text), which ``geoapp ingest`` reads back by column name. ``columns="acled"``
writes ACLED's column names (see :mod:`.acled`) for tools built around ACLED.

Any text cell starting with ``=``, ``+``, ``-``, ``@`` (or their full-width forms
``＝＋－＠``), even after leading spaces, tabs or line breaks, or starting with a
tab or carriage return, gets a leading apostrophe, so a spreadsheet shows it as
text instead of running it as a formula (OWASP "CSV injection"). Rows end in
CRLF (RFC 4180), so every field holding a CR or LF is quoted and a line break
inside a note can never start a new row. Numbers are left alone.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from geoapp.export import ExportError
from geoapp.export.acled import acled_columns
from geoapp.export.output import atomic_output, row_chunks
from geoapp.frames import DATE_FIELDS
from geoapp.model import FIELD_NAMES, FIGURE_FIELDS
from geoapp.query import EventFilter, EventView

FORMULA_START = r"^(?:[\t\r]|\s*[=+\-@\uff1d\uff0b\uff0d\uff20])"


def geoapp_columns(rows: pd.DataFrame) -> pd.DataFrame:
    """Model fields as CSV cells: ISO dates, integer figures, lists as JSON text."""
    out = rows.loc[:, list(FIELD_NAMES)].copy()
    for name in DATE_FIELDS:
        out[name] = rows[name].dt.strftime("%Y-%m-%d")
    for name in FIGURE_FIELDS:
        out[name] = rows[name].astype("Int64")
    out["ingested_at"] = rows["ingested_at"].map(lambda v: v.isoformat() if pd.notna(v) else None)
    return out


COLUMN_SETS: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "geoapp": geoapp_columns,
    "acled": acled_columns,
}


def neutralise(table: pd.DataFrame) -> pd.DataFrame:
    """Prefix an apostrophe to text cells a spreadsheet would read as a formula."""
    out = table.copy()
    for name in out.columns:
        col = out[name]
        if pd.api.types.is_numeric_dtype(col) or pd.api.types.is_datetime64_any_dtype(col):
            continue
        risky = col.astype("string").str.contains(FORMULA_START, regex=True).fillna(False)
        if risky.any():
            out[name] = col.where(~risky, "'" + col.astype("string"))
    return out


def write_csv(view: EventView, flt: EventFilter, path: str | Path, *,
              columns: str = "geoapp") -> int:
    """Write the filtered events as CSV, chunk by chunk; returns the number of rows."""
    if columns not in COLUMN_SETS:
        raise ExportError(f"unknown column set {columns!r}; use one of {sorted(COLUMN_SETS)}")
    convert = COLUMN_SETS[columns]
    positions = view.select(flt)
    chunks = row_chunks(view, positions) if len(positions) else [view.rows(positions)]
    with atomic_output(path) as tmp, tmp.open("w", encoding="utf-8", newline="") as out:
        for i, rows in enumerate(chunks):
            # The csv module quotes a field holding any character of the line terminator.
            neutralise(convert(rows)).to_csv(out, header=i == 0, index=False,
                                             lineterminator="\r\n")
    return len(positions)
