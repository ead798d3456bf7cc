"""The text of the HTML map's event popups, built vectorised (drawn by ``layers/events.js``).

Every value reaches the page through ``textContent``, never as HTML, so a
quote or note holding ``<script>`` shows as text. Links are kept only when
they are http(s) URLs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from geoapp.figures import figure_texts, format_ranges

#: Label of each figure line (the columns of :func:`geoapp.figures.figure_texts`).
FIGURES = (("killed", "killed"), ("wounded", "wounded"), ("killed or wounded", "killed_or_wounded"))


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
    texts = figure_texts(rows, unknown="")
    # A popup shows killed or wounded only as the source gave it, not summed from the lines above.
    undivided = rows["casualties_low"].notna() | rows["casualties_high"].notna()
    texts["killed_or_wounded"] = texts["killed_or_wounded"].where(undivided, "")
    count = format_ranges(rows["count_low"], rows["count_high"], unknown="")
    figures = [(label + " " + texts[kind]).where(texts[kind] != "") for label, kind in FIGURES]
    figures.append((count + " " + rows["count_unit"].fillna("").astype(str)).str.strip()
                   .where(count != ""))
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

