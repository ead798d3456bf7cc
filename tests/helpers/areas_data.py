"""A synthetic year of daily area snapshots: a front line that moves west, then back east.

Layer "control", area "held": the land east of the front (up to 39° E, 47–49.5° N).
The front moves every 14 days: 0.1° further west for 13 steps (the area grows),
then back east for 13 (it shrinks to where it began), so its 365 snapshots are 27
intervals. Area "pocket" exists only on days 100–199: gained, then lost. 28 in all.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

START = dt.date(2024, 1, 1)
DAYS = 365
STEP_DAYS = 14
HELD_INTERVALS = 27  # steps 0..26 of the front, each different from the one before
POCKET_DAYS = (100, 199)
EAST, SOUTH, NORTH = 39.0, 47.0, 49.5


def front(day: int) -> float:
    """Longitude of the front line on ``day`` (days after START)."""
    step = day // STEP_DAYS
    return round(37.0 - 0.1 * min(step, 26 - step), 6)


def held(day: int) -> dict:
    west = front(day)
    return {"type": "Polygon", "coordinates": [[[west, SOUTH], [EAST, SOUTH], [EAST, NORTH],
                                                [west, NORTH], [west, SOUTH]]]}


POCKET = {"type": "Polygon", "coordinates": [[[35.0, 47.5], [35.6, 47.5], [35.6, 48.0],
                                              [35.0, 48.0], [35.0, 47.5]]]}


def snapshot_features(day: int) -> list[dict]:
    """The features of one day's snapshot."""
    date = (START + dt.timedelta(days=day)).isoformat()
    features = [{"type": "Feature", "properties": {"date": date, "name": "held"},
                 "geometry": held(day)}]
    if POCKET_DAYS[0] <= day <= POCKET_DAYS[1]:
        features.append({"type": "Feature", "properties": {"date": date, "name": "pocket"},
                         "geometry": POCKET})
    return features


def write_snapshots(path: Path, days: int = DAYS) -> Path:
    """All snapshots in one GeoJSON file with a ``date`` column."""
    features = [f for day in range(days) for f in snapshot_features(day)]
    path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                    encoding="utf-8")
    return path


def write_daily_files(folder: Path, days: range) -> list[Path]:
    """One GeoJSON per day, named by its date and without a date column."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for day in days:
        features = snapshot_features(day)
        for feature in features:
            del feature["properties"]["date"]
        path = folder / f"control-{START + dt.timedelta(days=day)}.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": features}),
                        encoding="utf-8")
        paths.append(path)
    return paths


def day(n: int) -> dt.date:
    return START + dt.timedelta(days=n)
