"""A map layer as one unit: its file's schema, its data, its legend and how maps draw it.

Each layer is a subclass of :class:`MapLayer` in its own module, listed once in
:data:`geoapp.styles.registry.LAYERS`. The dashboard, the HTML export and the
animation only iterate over that list:

- the layer file ``layers/<name>.toml`` is checked against ``spec_model``;
- :meth:`MapLayer.prepare` computes what depends only on the data (once per data version);
- :meth:`MapLayer.draw` turns one query (the filtered events and options) into the
  props of the live map's component and a :class:`Legend`;
- :attr:`MapLayer.live` says how the live map draws it: the component's pane, the
  JavaScript functions (``geoapp.layers.<name>.<prop>`` in ``assets/layers/<name>.js``)
  and which props each query sets;
- the HTML export hands :meth:`MapLayer.export` to ``geoapp.layers.<name>.exportLayer``
  in the same script, so both maps draw with the same code;
- :meth:`MapLayer.paint` draws the same :class:`LayerDraw` on an animation frame
  through a :class:`Painter`.
"""

from __future__ import annotations

from collections.abc import Hashable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar, Protocol

import numpy as np

from geoapp.query import EventFilter, EventView
from geoapp.styles.outlines import Names, Outlines, outlines
from geoapp.styles.spec import LayerFile, LayerSpec

#: The layers' browser code, one file per layer; the dashboard serves it as assets.
SCRIPTS = Path(__file__).resolve().parent.parent / "assets" / "layers"


@dataclass(frozen=True)
class LegendEntry:
    """One line of a legend: a symbol and what it means.

    ``symbol`` is ``"marker"`` (a shape in ``color``), ``"swatch"`` (a filled box),
    ``"line"`` (a stroke, dashed by ``dash``), ``"ring"`` (a dashed circle) or ``"note"``
    (text only). ``value`` is the styled value (an event type, a role) where there is one.
    """

    label: str
    symbol: str = "swatch"
    color: str | None = None
    shape: str | None = None
    dash: str | None = None
    value: str | None = None
    outline: str | None = None


@dataclass(frozen=True)
class Legend:
    title: str
    entries: tuple[LegendEntry, ...]


@dataclass(frozen=True)
class LayerDraw:
    """One layer for one query: the live component's props and the legend."""

    props: dict[str, Any]
    legend: Legend | None = None


@dataclass(frozen=True)
class Details:
    """What the details panel says about a clicked feature of a layer."""

    title: str
    rows: tuple[tuple[str, str], ...]
    note: str | None = None


@dataclass(frozen=True)
class LiveDraw:
    """How the live map draws a layer (a dash-leaflet ``GeoJSON`` in its own pane).

    ``functions`` are props given the layer's JavaScript function of the same name;
    ``updates`` the props each query sets; ``shapes`` that the layer's fixed shapes
    are fetched from ``/geoapp/layers/<name>.geojson`` into ``data``; ``clickable``
    that a click on a feature shows :meth:`MapLayer.details` in the details panel;
    ``restyle`` that a query's ``hideout`` restyles the features already drawn (the layer
    script's ``restyle``) rather than being set on the component, which would make
    dash-leaflet remove and re-add every shape; ``fixed`` any other props.
    """

    z_index: int
    functions: tuple[str, ...] = ()
    updates: tuple[str, ...] = ()
    shapes: bool = False
    clickable: bool = False
    restyle: bool = False
    fixed: dict[str, Any] = field(default_factory=dict)


class Painter(Protocol):
    """What a layer paints an animation frame with (:mod:`geoapp.animate.raster` draws it).

    Coordinates are lon/lat; colours CSS hex; ``dash`` an SVG dash pattern in pixels;
    ``key`` names geometries that recur from frame to frame, so their projection is reused.
    """

    def polygons(self, geometries: Sequence[Any], *, fill: str | None = None,
                 opacity: float = 1.0, outline: str | None = None, width: float = 1.0,
                 dash: str | None = None, keys: Sequence[Hashable] | None = None) -> None: ...

    def lines(self, coordinates: Sequence[Sequence[Sequence[float]]], *, color: str,
              width: float = 1.0, dash: str | None = None, opacity: float = 1.0) -> None: ...

    def markers(self, lon: np.ndarray, lat: np.ndarray, *, shapes: Sequence[str],
                colors: Sequence[str], radii: np.ndarray, hollow: np.ndarray) -> None: ...

    def rings(self, lon: np.ndarray, lat: np.ndarray, km: np.ndarray, *,
              colors: Sequence[str], dashes: Sequence[str | None]) -> None: ...


@dataclass(frozen=True)
class MapContext:
    """What layers draw with besides the events: their files, names and outlines."""

    specs: dict[str, LayerSpec]
    names: Names = field(default_factory=Names)
    tiles: str = "none"

    @property
    def outlines(self) -> Outlines:
        return outlines()


@dataclass(frozen=True)
class LayerQuery:
    """The events one map shows and the map's options (``metric`` for the choropleth …)."""

    view: EventView
    positions: np.ndarray
    flt: EventFilter
    options: Mapping[str, Any] = field(default_factory=dict)


def fit_bounds(extent: tuple[float, float, float, float] | None, pad: float = 0.05,
               least: float = 0.5) -> list[list[float]]:
    """Leaflet's ``[[south, west], [north, east]]`` around ``extent``, padded by ``pad`` of its
    size and at least ``least`` degrees, so one event opens on its region, not a street."""
    if extent is None:
        return [[30.0, -10.0], [60.0, 50.0]]
    west, south, east, north = extent
    pad_x, pad_y = max((east - west) * pad, least), max((north - south) * pad, least)
    return [[max(south - pad_y, -85.0), max(west - pad_x, -180.0)],
            [min(north + pad_y, 85.0), min(east + pad_x, 180.0)]]


class MapLayer:
    """Base class of every map layer; see the module docstring for the parts."""

    name: ClassVar[str]
    spec_model: ClassVar[type[LayerFile]]
    #: Drawn the same on every frame of an animation (painted once, under the others).
    static: ClassVar[bool] = False
    #: The key of the file's list of styled values (``types``, ``roles`` …), if it has one.
    styles_key: ClassVar[str | None] = None
    live: ClassVar[LiveDraw]

    def __init__(self, spec: LayerSpec, context: MapContext) -> None:
        self.spec = spec
        self.context = context

    @property
    def title(self) -> str:
        return self.spec.title

    @classmethod
    def script(cls) -> Path:
        return SCRIPTS / f"{cls.name}.js"

    def prepare(self, view: EventView) -> Any:
        """What the layer derives from the whole view once per data version (default: nothing)."""
        return None

    def initial_props(self, state: Any) -> dict[str, Any]:
        """Props of the live component when the page is built, before any query."""
        return {}

    def draw(self, query: LayerQuery, state: Any) -> LayerDraw:
        raise NotImplementedError

    def shapes(self, countries: frozenset[str]) -> bytes:
        """The fixed shapes of a layer with ``live.shapes`` (GeoJSON text) for maps whose
        events lie in or point to ``countries``."""
        raise NotImplementedError

    def export(self, query: LayerQuery, state: Any) -> LayerDraw:
        """What ``exportLayer`` in the layer's script gets in an HTML export (default: what
        the live map gets); the shapes of a ``live.shapes`` layer are added beside it."""
        return self.draw(query, state)

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        """Draw the layer on an animation frame, as the live map would (default: nothing)."""

    def details(self, properties: dict[str, Any]) -> Details | None:
        """The details panel for a clicked feature of a ``clickable`` layer (its properties
        as the layer drew them)."""
        return None

    def countries(self, query: LayerQuery, state: Any) -> set[str]:
        """Countries (ISO2) whose region outlines this layer's features need (default: none)."""
        return set()

    def extent(self, query: LayerQuery, state: Any) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) a map should show for this layer (None: no preference)."""
        return None

