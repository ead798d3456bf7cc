"""Drawing a map layer on a frame: Web Mercator, anti-aliased, fast enough for video.

:class:`RasterPainter` implements the layers' :class:`~geoapp.styles.layer.Painter`
with aggdraw (anti-aliased paths on a Pillow image). Outlines that recur from
frame to frame are projected once and kept by key; markers are small sprites
drawn once per shape, colour and size and pasted, so a frame with thousands of
events costs a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Sequence
from dataclasses import dataclass
from typing import Any

import aggdraw
import numpy as np
import pandas as pd
import shapely
from PIL import Image

EARTH_RADIUS = 6_378_137.0  # Web Mercator's sphere, metres
MAX_LAT = 85.05112878


@dataclass(frozen=True)
class Projection:
    """Web Mercator scaled and shifted so ``extent`` fills ``box`` (left, top, right, bottom px)."""

    scale: float  # pixels per Mercator metre
    x0: float
    y0: float

    @classmethod
    def fit(cls, extent: tuple[float, float, float, float],
            box: tuple[float, float, float, float]) -> Projection:
        west, south, east, north = extent
        (mx0, mx1), (my0, my1) = _mercator(np.array([west, east]), np.array([south, north]))
        left, top, right, bottom = box
        scale = min((right - left) / max(mx1 - mx0, 1.0), (bottom - top) / max(my1 - my0, 1.0))
        cx, cy = (left + right) / 2, (top + bottom) / 2
        return cls(scale, cx - scale * (mx0 + mx1) / 2, cy + scale * (my0 + my1) / 2)

    def xy(self, lon: np.ndarray, lat: np.ndarray) -> np.ndarray:
        """Pixel x, y (columns) of lon/lat points."""
        mx, my = _mercator(np.asarray(lon, dtype="float64"), np.asarray(lat, dtype="float64"))
        return np.column_stack([self.x0 + self.scale * mx, self.y0 - self.scale * my])

    def pixels_per_km(self, lat: np.ndarray) -> np.ndarray:
        """How many pixels a kilometre on the ground spans at each latitude."""
        return 1000.0 * self.scale / np.cos(np.radians(np.clip(lat, -MAX_LAT, MAX_LAT)))


def _mercator(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    lat = np.radians(np.clip(lat, -MAX_LAT, MAX_LAT))
    return EARTH_RADIUS * np.radians(lon), EARTH_RADIUS * np.log(np.tan(np.pi / 4 + lat / 2))


def _dash_pattern(dash: str | None, width: float) -> list[float] | None:
    """An SVG dash pattern as lengths in pixels (scaled up a little for thicker lines)."""
    if not dash:
        return None
    lengths = [float(v) for v in dash.split()]
    if len(lengths) % 2:
        lengths *= 2
    return [v * max(1.0, width) for v in lengths]


def dashed(points: np.ndarray, pattern: list[float]) -> list[np.ndarray]:
    """The "on" pieces of a polyline under a dash pattern (lengths in pixels, on first)."""
    along = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(points, axis=0).T))])
    total, period = along[-1], sum(pattern)
    if total == 0 or period <= 0:
        return []
    on, gaps = np.array(pattern[0::2]), np.array(pattern[1::2])
    offsets = np.concatenate([[0.0], np.cumsum(on + gaps)[:-1]])
    repeats = int(total // period) + 1
    starts = (np.arange(repeats)[:, None] * period + offsets[None, :]).ravel()
    lengths = np.tile(on, repeats)
    keep = starts < total
    ends = np.minimum(starts[keep] + lengths[keep], total)
    starts = starts[keep]
    xs = np.interp(np.stack([starts, ends]), along, points[:, 0])
    ys = np.interp(np.stack([starts, ends]), along, points[:, 1])
    first = np.searchsorted(along, starts, side="right")
    last = np.searchsorted(along, ends, side="left")
    return [np.vstack([[xs[0, i], ys[0, i]], points[first[i]:last[i]], [xs[1, i], ys[1, i]]])
            for i in range(len(starts))]


def shape_points(shape: str, x: float, y: float, r: float) -> np.ndarray | None:
    """Outline of a marker shape around (x, y), as the live map draws it (None: a circle)."""
    def poly(n: int, rot: float, radii: Sequence[float]) -> np.ndarray:
        angles = rot + 2 * np.pi * np.arange(n) / n
        rr = np.resize(np.asarray(radii, dtype="float64"), n)
        return np.column_stack([x + rr * np.cos(angles), y + rr * np.sin(angles)])

    if shape == "triangle":
        return poly(3, -np.pi / 2, [r])
    if shape == "square":
        return poly(4, np.pi / 4, [r * 1.05])
    if shape == "diamond":
        return poly(4, 0, [r * 1.1])
    if shape == "star":
        return poly(10, -np.pi / 2, [r * 1.15, r * 0.5])
    if shape == "cross":
        t = r * 0.38
        offsets = [(-t, -r), (t, -r), (t, -t), (r, -t), (r, t), (t, t), (t, r), (-t, r), (-t, t),
                   (-r, t), (-r, -t), (-t, -t)]
        return np.array([(x + dx, y + dy) for dx, dy in offsets])
    return None


def draw_marker(draw: aggdraw.Draw, shape: str, x: float, y: float, r: float, color: str,
                hollow: bool) -> None:
    """One event marker: filled with a white edge, or hollow in its colour."""
    pen = aggdraw.Pen(color if hollow else "#ffffff", 2.0 if hollow else 1.0)
    brush = aggdraw.Brush(color, int(255 * (0.08 if hollow else 0.85)))
    points = shape_points(shape, x, y, r)
    if points is None:
        draw.ellipse((x - r, y - r, x + r, y + r), pen, brush)
    else:
        draw.polygon(points.ravel().tolist(), pen, brush)


class RasterPainter:
    """Paints layers on ``image`` (RGB) in ``projection``; reuses projected outlines across
    frames through ``cache`` (shared by every frame of one animation)."""

    def __init__(self, image: Image.Image, projection: Projection,
                 cache: dict[Hashable, Any] | None = None) -> None:
        self.image = image
        self.projection = projection
        self.cache = cache if cache is not None else {}
        self.draw = aggdraw.Draw(image)
        self.width, self.height = image.size

    def flush(self) -> Image.Image:
        self.draw.flush()
        return self.image

    # -- the Painter protocol -------------------------------------------------------
    def polygons(self, geometries: Sequence[Any], *, fill: str | None = None,
                 opacity: float = 1.0, outline: str | None = None, width: float = 1.0,
                 dash: str | None = None, keys: Sequence[Hashable] | None = None) -> None:
        brush = aggdraw.Brush(fill, int(255 * opacity)) if fill else None
        pattern = _dash_pattern(dash, width)
        pen = aggdraw.Pen(outline, width) if outline else None
        for i, geometry in enumerate(geometries):
            parts = self._projected(geometry, keys[i] if keys is not None else None)
            for rings in parts:
                if brush is not None or (pen is not None and pattern is None):
                    path = aggdraw.Path()
                    for ring in rings:
                        path.moveto(*ring[0])
                        for px, py in ring[1:]:
                            path.lineto(px, py)
                        path.close()
                    self.draw.path(path, None if pattern else pen, brush)
                if pen is not None and pattern is not None:
                    for ring in rings:
                        for piece in dashed(ring, pattern):
                            self.draw.line(piece.ravel().tolist(), pen)

    def lines(self, coordinates: Sequence[Sequence[Sequence[float]]], *, color: str,
              width: float = 1.0, dash: str | None = None, opacity: float = 1.0) -> None:
        pen = aggdraw.Pen(color, width, int(255 * opacity))
        pattern = _dash_pattern(dash, width)
        for line in coordinates:
            xy = np.asarray(line, dtype="float64")
            points = self.projection.xy(xy[:, 0], xy[:, 1])
            for piece in (dashed(points, pattern) if pattern else [points]):
                self.draw.line(piece.ravel().tolist(), pen)

    def markers(self, lon: np.ndarray, lat: np.ndarray, *, shapes: Sequence[str],
                colors: Sequence[str], radii: np.ndarray, hollow: np.ndarray) -> None:
        """Big markers under small ones; a marker exactly on top of an identical one (events
        at one place, such as a region's centre) is drawn once: the frame looks the same."""
        self.draw.flush()  # sprites go onto the image, above what was drawn so far
        points = np.round(self.projection.xy(lon, lat)).astype("int64")
        half_px = np.round(np.asarray(radii, dtype="float64") * 2) / 2
        codes, kinds = _factorize(shapes, colors, half_px, np.asarray(hollow, dtype=bool))
        order = np.argsort(-half_px, kind="stable")
        order = order[_last_of_each(points[order, 0], points[order, 1], codes[order])]
        x, y, r = points[order, 0], points[order, 1], half_px[order]
        inside = order[(x >= -r) & (x <= self.width + r) & (y >= -r) & (y <= self.height + r)]
        # Pillow's core paste, one call per marker: ``Image.paste`` checks its arguments
        # on every call, most of a frame's time at tens of thousands of markers.
        sprites = [self._sprite(shape, color, float(r), bool(hollow))
                   for shape, color, r, hollow in kinds]
        stamps = [(sprite.im, *sprite.size) for sprite, _, _ in sprites]
        left = points[inside, 0] + np.array([dx for _, dx, _ in sprites])[codes[inside]]
        top = points[inside, 1] + np.array([dy for _, _, dy in sprites])[codes[inside]]
        self.image.load()
        canvas = self.image.im
        for code, x0, y0 in zip(codes[inside].tolist(), left.tolist(), top.tolist(), strict=True):
            core, width, height = stamps[code]
            canvas.paste(core, (x0, y0, x0 + width, y0 + height), core)
        self.draw = aggdraw.Draw(self.image)

    def rings(self, lon: np.ndarray, lat: np.ndarray, km: np.ndarray, *,
              colors: Sequence[str], dashes: Sequence[str | None]) -> None:
        """Dashed circles of a radius on the ground; identical ones on one spot drawn once."""
        points = np.round(self.projection.xy(lon, lat) * 2) / 2
        radii = np.round(km * self.projection.pixels_per_km(np.asarray(lat, dtype="float64")) * 2) / 2
        codes, kinds = _factorize(colors, dashes)
        keep = _last_of_each(points[:, 0], points[:, 1], radii, codes)
        for i in keep.tolist():
            (x, y), r = points[i], float(radii[i])
            if not (-r <= x <= self.width + r and -r <= y <= self.height + r):
                continue
            color, dash = kinds[codes[i]]
            pen = aggdraw.Pen(color, 1.0, int(255 * 0.7))
            for piece in self._circle(r, dash):
                self.draw.line((piece + (x, y)).ravel().tolist(), pen)

    # -- helpers ------------------------------------------------------------------------
    def _projected(self, geometry: Any, key: Hashable | None) -> list[list[np.ndarray]]:
        """Pixel rings of each polygon part (exterior, then holes), or each line part."""
        if key is not None and key in self.cache:
            return self.cache[key]
        parts = []
        for part in shapely.get_parts(shapely.orient_polygons(geometry)):
            rings = [part.exterior, *part.interiors] if part.geom_type == "Polygon" else [part]
            projected = []
            for ring in rings:
                xy = shapely.get_coordinates(ring)
                if len(xy) >= 2:
                    projected.append(self.projection.xy(xy[:, 0], xy[:, 1]))
            if projected and self._visible(projected[0]):
                parts.append(projected)
        if key is not None:
            self.cache[key] = parts
        return parts

    def _visible(self, ring: np.ndarray) -> bool:
        (x0, y0), (x1, y1) = ring.min(axis=0), ring.max(axis=0)
        return x1 >= 0 and y1 >= 0 and x0 <= self.width and y0 <= self.height

    def _circle(self, r: float, dash: str | None) -> list[np.ndarray]:
        """A circle of radius ``r`` around (0, 0) as dashed pieces, made once per radius."""
        key = ("circle", r, dash)
        if key not in self.cache:
            angles = np.linspace(0, 2 * np.pi, 49)
            circle = np.column_stack([r * np.cos(angles), r * np.sin(angles)])
            pattern = _dash_pattern(dash, 1.0)
            self.cache[key] = dashed(circle, pattern) if pattern else [circle]
        return self.cache[key]

    def _sprite(self, shape: str, color: str, r: float, hollow: bool
                ) -> tuple[Image.Image, int, int]:
        """The marker drawn once, cut to the pixels it covers (fewer to blend per paste), and
        the offset of that cut's top-left corner from the marker's centre pixel."""
        key = ("sprite", shape, color, r, hollow)
        if key not in self.cache:
            size = int(math.ceil(r * 2.6)) + 4
            size += size % 2 == 0  # odd: the marker's centre is a pixel's centre
            sprite = Image.new("RGBA", (size, size), (0, 0, 0, 0))
            draw = aggdraw.Draw(sprite)
            draw_marker(draw, shape, size / 2, size / 2, r, color, hollow)
            draw.flush()
            box = sprite.getbbox() or (0, 0, 1, 1)
            self.cache[key] = (sprite.crop(box), box[0] - size // 2, box[1] - size // 2)
        return self.cache[key]


def _factorize(*columns: Sequence[Any]) -> tuple[np.ndarray, list[tuple]]:
    """Codes for the rows of ``columns`` (one value each per row) and the distinct rows, in
    first-seen order; a missing value (no dash) stays None. Hashed a column at a time: a
    frame has tens of thousands of markers."""
    parts = [pd.factorize(np.asarray(column), use_na_sentinel=False) for column in columns]
    sizes = [len(values) for _, values in parts]
    codes, combined = pd.factorize(np.ravel_multi_index([c for c, _ in parts], sizes), sort=False)
    at = np.unravel_index(combined, sizes)
    rows = zip(*([None if pd.isna(v) else v for v in values[k]]
                 for (_, values), k in zip(parts, at, strict=True)), strict=True)
    return codes.astype("int64"), list(rows)


def _last_of_each(*keys: np.ndarray) -> np.ndarray:
    """Positions of the last row of each distinct row of ``keys`` (columns), in their
    original order."""
    repeated = pd.DataFrame({i: key for i, key in enumerate(keys)}).duplicated(keep="last")
    return np.flatnonzero(~repeated.to_numpy())
