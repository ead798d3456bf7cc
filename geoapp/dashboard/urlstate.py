"""The whole dashboard view as a URL query string, so a link brings the same view back.

The filter part is :meth:`EventFilter.to_query`; the view adds the region
metric, the visible layers, the map centre and zoom and the playback settings.
Reading is forgiving: a value that makes no sense (a hand-edited link, a metric
from another version) falls back to its default instead of breaking the page.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass
from urllib.parse import parse_qs, urlencode

from geoapp.errors import FilterError
from geoapp.query import EventFilter

STEPS = ("day", "week", "month")
SPEEDS = (300, 700, 1500)  # milliseconds per step
DEFAULT_STEP = "month"
DEFAULT_SPEED = 700


@dataclass(frozen=True)
class ViewState:
    """Everything a shared link restores. ``None`` means "the default"."""

    filter: EventFilter = dataclasses.field(default_factory=EventFilter)
    metric: str | None = None
    layers: tuple[str, ...] | None = None
    lat: float | None = None
    lon: float | None = None
    zoom: float | None = None
    step: str = DEFAULT_STEP
    speed: int = DEFAULT_SPEED
    cumulative: bool = False

    def to_query(self) -> str:
        """Filter fields first, then only the view settings that differ from the defaults."""
        pairs: list[tuple[str, str]] = []
        if self.metric:
            pairs.append(("metric", self.metric))
        if self.layers is not None:
            pairs.append(("layers", ",".join(self.layers)))
        if None not in (self.lat, self.lon, self.zoom):
            pairs += [("lat", f"{self.lat:.4f}"), ("lon", f"{self.lon:.4f}"),
                      ("z", f"{self.zoom:g}")]
        if self.step != DEFAULT_STEP:
            pairs.append(("step", self.step))
        if self.speed != DEFAULT_SPEED:
            pairs.append(("speed", str(self.speed)))
        if self.cumulative:
            pairs.append(("cumulative", "1"))
        return "&".join(q for q in (self.filter.to_query(), urlencode(pairs)) if q)

    @classmethod
    def from_query(cls, query: str, *, metrics: Sequence[str] = (),
                   layers: Sequence[str] = ()) -> ViewState:
        """Parse a query string (with or without ``?``), dropping what is not understood."""
        try:
            flt = EventFilter.from_query(query)
        except FilterError:
            flt = EventFilter()
        params = {k: v[-1] for k, v in parse_qs(query.lstrip("?"), keep_blank_values=True).items()}
        metric = params.get("metric")
        shown = params.get("layers")
        lat, lon, zoom = (_number(params.get(k)) for k in ("lat", "lon", "z"))
        if not (lat is not None and lon is not None and zoom is not None
                and -90 <= lat <= 90 and -180 <= lon <= 180 and 0 <= zoom <= 20):
            lat = lon = zoom = None
        speed = _number(params.get("speed"))
        return cls(
            filter=flt,
            metric=metric if metric in metrics else None,
            layers=None if shown is None else tuple(x for x in shown.split(",") if x in layers),
            lat=lat, lon=lon, zoom=zoom,
            step=params.get("step") if params.get("step") in STEPS else DEFAULT_STEP,
            speed=int(speed) if speed in SPEEDS else DEFAULT_SPEED,
            cumulative=params.get("cumulative") in ("1", "true", "yes"),
        )


def _number(text: str | None) -> float | None:
    try:
        value = float(text) if text is not None else None
    except ValueError:
        return None
    return value if value is not None and math.isfinite(value) else None
