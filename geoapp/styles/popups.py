"""The text of the HTML map's event popups, built vectorised (drawn by ``layers/events.js``).

Every value reaches the page through ``textContent``, never as HTML, so a
quote or note holding ``<script>`` shows as text. Links are kept only when
they are http(s) URLs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: (label, low column, high column, unit column) of each figure line.
FIGURES = (
    ("killed", "killed_low", "killed_high", None),
    ("wounded", "wounded_low", "wounded_high", None),
    ("killed or wounded", "casualties_low", "casualties_high", None),
    ("", "count_low", "count_high", "count_unit"),
)


def range_text(low: pd.Series, high: pd.Series) -> pd.Series:
    """Figures as text: "3", "200–999", "at least 101", "up to 9" (empty when unknown)."""
    lo = low.map("{:,.0f}".format, na_action="ignore").astype("string")
    hi = high.map("{:,.0f}".format, na_action="ignore").astype("string")
    has_lo, has_hi = lo.notna().to_numpy(), hi.notna().to_numpy()
    same = (lo == hi).fillna(False).to_numpy(dtype=bool)
    text = np.select([has_lo & has_hi & same, has_lo & has_hi, has_lo, has_hi],
                     [lo, lo + "–" + hi, "at least " + lo, "up to " + hi], default="")
    return pd.Series(text, index=low.index, dtype=object)


def _joined(parts: list[pd.Series], sep: str) -> pd.Series:
    """Row-wise join of the non-empty parts."""
    out = parts[0].fillna("").astype(str)
    for part in parts[1:]:
        part = part.fillna("").astype(str)
        out = out + np.where((out != "") & (part != ""), sep, "") + part
    return out


def popup_columns(rows: pd.DataFrame, labels: dict[str, str]) -> pd.DataFrame:
    """The text of each event's popup, one column per line (``labels``: event type → label)."""
    start = rows["date_start"].dt.strftime("%Y-%m-%d")
    end = rows["date_end"].dt.strftime("%Y-%m-%d")
    when = start.where(start == end, start + " – " + end)
    when = when.where(rows["date_precision"] == "day",
                      when + " (" + rows["date_precision"].astype(str) + " precision)")
    place = _joined([rows["place_name"].fillna(rows["location_text"]), rows["admin1"],
                     rows["country"]], ", ")
    place = place.where(rows["geo_precision"] == "exact",
                        place + " (located to " + rows["geo_precision"].astype(str) + " level)")
    figures = []
    for label, low, high, unit in FIGURES:
        text = range_text(rows[low], rows[high])
        suffix = (" " + rows[unit].fillna("")) if unit else ""
        figures.append((label + " " + text + suffix).str.strip().where(text != ""))
    return pd.DataFrame({
        "type": rows["event_type"].map(labels).fillna(rows["event_type"]),
        "when": when,
        "place": place,
        "figures": _joined(figures, "; "),
        "figures_text": rows["figures_text"],
        "quote": rows["quote"],
        "source": rows["source_name"],
        "url": rows["source_url"],
        "notes": rows["notes"],
        "id": rows["event_id"],
    }, index=rows.index)

