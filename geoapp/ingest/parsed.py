"""The result every reader returns: model columns plus what geocoding still has to resolve."""

from __future__ import annotations

from dataclasses import dataclass, field

import pandas as pd

from geoapp.frames import empty_rejects


@dataclass
class Parsed:
    """Rows in model columns, each row's line number, and rows already rejected.

    ``country`` and ``admin1`` may still hold what the source wrote ("Ukraine",
    "Donetsk oblast"); the geolocation step turns them into ISO codes and region
    keys. ``resolved`` is true for records that already carry geoapp's own
    codes (geoapp exports), which are then kept as they are.
    """

    frame: pd.DataFrame
    lines: pd.Series
    rejects: pd.DataFrame = field(default_factory=empty_rejects)
    read: int = 0
    resolved: bool = False


def text(cells: pd.DataFrame, column: str) -> pd.Series:
    """A column stripped, with empty strings as missing; absent columns are all missing."""
    if column not in cells:
        return pd.Series([None] * len(cells), index=cells.index, dtype=object)
    col = cells[column].astype(object).map(lambda v: v.strip() if isinstance(v, str) else v)
    return col.where(col.notna() & (col != ""), None)


def number(cells: pd.DataFrame, column: str) -> pd.Series:
    return pd.to_numeric(text(cells, column), errors="coerce")


def bad_values(cells: pd.DataFrame, column: str, parsed: pd.Series) -> pd.Series:
    """True where a cell had a value that did not parse."""
    return text(cells, column).notna() & parsed.isna()


def unparsed_rejects(cells: pd.DataFrame, lines: pd.Series, parsed: dict[str, pd.Series]) -> pd.DataFrame:
    """Rejects for cells that had a value which did not parse (first bad column wins)."""
    reason = pd.Series([None] * len(cells), index=cells.index, dtype=object)
    for column, values in parsed.items():
        bad = bad_values(cells, column, values) & reason.isna()
        reason[bad] = f"unreadable {column} " + text(cells, column)[bad].map(repr)
    mask = reason.notna()
    return pd.DataFrame({"line": lines[mask.to_numpy()].to_numpy(),
                         "reason": reason[mask].to_numpy(), "raw": None})
