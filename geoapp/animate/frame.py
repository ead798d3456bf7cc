"""One animation frame: exactly what the dashboard shows for one window, drawn offline.

The map is fitted once to everything the animation will show, so nothing jumps
between frames. Static layers (the bundled outlines) are painted once on a base
image; every frame copies it, paints the other layers from the same
:class:`~geoapp.styles.LayerDraw` the live map gets, and adds a date stamp,
the legend, the filter in words and the credits.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import aggdraw
import numpy as np
from PIL import Image, ImageDraw, ImageFont

from geoapp.animate.plan import AnimationError, FrameWindow
from geoapp.animate.raster import Projection, RasterPainter, draw_marker
from geoapp.export.meta import attributions
from geoapp.query import EventFilter
from geoapp.styles import LAYERS, LayerQuery, LayerSet, Legend, LegendEntry, fit_bounds

BACKGROUND = "#eef2f5"  # the live map's, where no tiles are drawn
PANEL = (255, 255, 255, 232)
TEXT = (31, 41, 51)
MUTED = (96, 104, 116)
MIN_SIZE, MAX_SIZE = (320, 240), (3840, 2160)
_EPOCH = dt.date(1970, 1, 1)


#: Bundled (geoapp/data/README.md): the same glyphs on every machine, no system fonts needed.
FONT = Path(__file__).resolve().parent.parent / "data" / "fonts" / "DejaVuSansCondensed.ttf"


@cache
def font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(FONT), size)


def parse_size(text: str) -> tuple[int, int]:
    """``"1280x720"`` → (1280, 720), within sensible limits."""
    try:
        width, height = (int(v) for v in text.lower().split("x"))
    except ValueError:
        raise AnimationError(f"--size {text!r}: use WIDTHxHEIGHT, e.g. 1280x720") from None
    if not (MIN_SIZE[0] <= width <= MAX_SIZE[0] and MIN_SIZE[1] <= height <= MAX_SIZE[1]):
        raise AnimationError(f"--size {text}: between {MIN_SIZE[0]}x{MIN_SIZE[1]} and "
                             f"{MAX_SIZE[0]}x{MAX_SIZE[1]}")
    return width, height


@dataclass(frozen=True)
class Frame:
    window: FrameWindow
    image: Image.Image
    events: int  # events in the window (whether or not the events layer is drawn)


def _day(value: dt.date) -> int:
    return (value - _EPOCH).days


class FrameRenderer:
    """Renders the frames of one animation of ``flt`` over ``layers`` (only the ``shown``
    ones, besides the static outlines) at ``size`` pixels."""

    def __init__(self, layers: LayerSet, flt: EventFilter, frames: Sequence[FrameWindow],
                 size: tuple[int, int], shown: Sequence[str]) -> None:
        unknown = sorted(set(shown) - {cls.name for cls in LAYERS})
        if unknown:
            raise AnimationError(f"--layers {','.join(unknown)}: no such layer; use any of "
                                 f"{[cls.name for cls in LAYERS]}")
        if not frames:
            raise AnimationError("no frames: the window holds no step")
        self.layers = layers
        self.flt = flt
        self.size = size
        self.shown = [layer for layer in layers if layer.static or layer.name in shown]
        whole = layers.query(flt.replace(date_from=frames[0].first, date_to=frames[-1].last),
                             {"window": (_day(frames[0].first), _day(frames[-1].last))})
        self.countries = layers.countries(whole)
        (south, west), (north, east) = fit_bounds(layers.extent(whole))
        width, height = size
        self.scale = max(0.75, min(width / 1280, height / 720))
        self.legend_width = int(250 * self.scale)
        box = (16 * self.scale, 64 * self.scale, width - self.legend_width - 24 * self.scale,
               height - 36 * self.scale)
        self.projection = Projection.fit((west, south, east, north), box)
        self.cache: dict = {}
        self.credits = " · ".join(["Map: geoapp", *attributions(layers.view, whole.positions)])
        self.description = flt.replace(date_from=None, date_to=None).describe()
        self.base = self._base(whole)

    def _options(self, first: dt.date, last: dt.date) -> dict:
        return {"window": (_day(first), _day(last)), "countries": self.countries}

    def _base(self, whole: LayerQuery) -> Image.Image:
        image = Image.new("RGB", self.size, BACKGROUND)
        painter = RasterPainter(image, self.projection, self.cache)
        query = LayerQuery(whole.view, whole.positions, whole.flt, {**whole.options,
                                                                    "countries": self.countries})
        for layer in self.shown:
            if layer.static:
                layer.paint(painter, layer.draw(query, self.layers.state(layer.name)), query)
        return painter.flush()

    def render(self, window: FrameWindow) -> Frame:
        """The frame of one window."""
        query = self.layers.query(self.flt.replace(date_from=window.first, date_to=window.last),
                                  self._options(window.first, window.last))
        image = self.base.copy()
        painter = RasterPainter(image, self.projection, self.cache)
        legends = []
        for layer in self.shown:
            if layer.static:
                continue
            draw = layer.draw(query, self.layers.state(layer.name))
            layer.paint(painter, draw, query)
            if draw.legend is not None:
                legends.append(draw.legend)
        painter.flush()
        overlay = Image.new("RGBA", self.size, (0, 0, 0, 0))
        self._stamp(overlay, window)
        self._legend(overlay, legends)
        self._footer(overlay)
        image.paste(overlay, (0, 0), overlay)
        return Frame(window, image, int(len(query.positions)))

    # -- what is written on the map ------------------------------------------------------
    def _px(self, value: float) -> int:
        return int(round(value * self.scale))

    def _stamp(self, overlay: Image.Image, window: FrameWindow) -> None:
        """The window's dates, large, and the filter in words under them."""
        draw = ImageDraw.Draw(overlay)
        big, small = font(self._px(26)), font(self._px(12))
        text = window.label()
        pad = self._px(10)
        x, y = self._px(14), self._px(10)
        width = max(draw.textlength(text, font=big), draw.textlength(self.description, font=small))
        draw.rounded_rectangle((x, y, x + width + 2 * pad, y + self._px(50)), radius=pad // 2,
                               fill=PANEL)
        draw.text((x + pad, y + self._px(4)), text, font=big, fill=TEXT)
        draw.text((x + pad, y + self._px(34)), self.description, font=small, fill=MUTED)

    def _footer(self, overlay: Image.Image) -> None:
        draw = ImageDraw.Draw(overlay)
        small = font(self._px(11))
        width, height = self.size
        top = height - self._px(24)
        draw.rectangle((0, top, width, height), fill=PANEL)
        draw.text((self._px(10), top + self._px(6)), _fit(draw, self.credits, small,
                                                           width - self._px(20)),
                  font=small, fill=MUTED)

    def _legend(self, overlay: Image.Image, legends: list[Legend]) -> None:
        """Each drawn layer's legend, top layer first, in a panel on the right."""
        if not legends:
            return
        title, label = font(self._px(13)), font(self._px(11))
        line = self._px(17)
        inner = self.legend_width - self._px(40)
        measure = ImageDraw.Draw(Image.new("RGB", (1, 1)))
        rows: list[tuple[str, LegendEntry | None, str]] = []
        for legend in reversed(legends):
            rows.append(("title", None, legend.title))
            for entry in legend.entries:
                for i, text in enumerate(_wrap(measure, entry.label, label, inner)):
                    rows.append(("entry" if i == 0 else "more", entry, text))
        width, height = self.size
        box_height = min(len(rows) * line + self._px(16), height - self._px(100))
        left, top = width - self.legend_width - self._px(10), self._px(10)
        panel = (left, top, width - self._px(10), top + box_height)
        ImageDraw.Draw(overlay).rounded_rectangle(panel, radius=self._px(6), fill=PANEL)
        symbols = aggdraw.Draw(overlay)  # symbols first: aggdraw's flush repaints the image
        y = top + self._px(8)
        for kind, entry, _ in rows:
            if y + line > top + box_height:
                break
            if kind == "entry" and entry is not None:
                self._symbol(symbols, entry, left + self._px(18), y + line / 2)
            y += line
        symbols.flush()
        draw = ImageDraw.Draw(overlay)
        y = top + self._px(8)
        for kind, _, text in rows:
            if y + line > top + box_height:
                break
            x = left + self._px(10) if kind == "title" else left + self._px(32)
            draw.text((x, y + self._px(1)), text, font=title if kind == "title" else label,
                      fill=TEXT)
            y += line

    def _symbol(self, draw: aggdraw.Draw, entry: LegendEntry, x: float, y: float) -> None:
        r = self._px(5)
        color = entry.color or "#777777"
        if entry.symbol == "marker":
            draw_marker(draw, entry.shape or "circle", x, y, r, color, hollow=False)
        elif entry.symbol == "line":
            draw.line((x - 2 * r, y, x + 2 * r, y), aggdraw.Pen(color, 2.0))
        elif entry.symbol == "ring":
            draw.ellipse((x - r, y - r, x + r, y + r), aggdraw.Pen("#777777", 1.2))
        elif entry.symbol == "swatch":
            draw.rectangle((x - 1.6 * r, y - r, x + 1.6 * r, y + r),
                           aggdraw.Pen(entry.outline or "#999999", 1.0), aggdraw.Brush(color, 190))


def _wrap(draw: ImageDraw.ImageDraw, text: str, typeface: ImageFont.FreeTypeFont,
          width: float) -> list[str]:
    """``text`` broken into lines no wider than ``width``."""
    lines, current = [], ""
    for word in text.split():
        candidate = f"{current} {word}".strip()
        if current and draw.textlength(candidate, font=typeface) > width:
            lines.append(current)
            current = word
        else:
            current = candidate
    return [*lines, current] if current else lines or [""]


def _fit(draw: ImageDraw.ImageDraw, text: str, typeface: ImageFont.FreeTypeFont,
         width: float) -> str:
    """``text`` cut with an ellipsis to fit ``width``."""
    if draw.textlength(text, font=typeface) <= width:
        return text
    cut = np.searchsorted([draw.textlength(text[:n], font=typeface) for n in range(len(text))],
                          width - draw.textlength("…", font=typeface))
    return text[:max(int(cut) - 1, 0)] + "…"
