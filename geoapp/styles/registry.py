"""The registered map layers, bottom to top, and their layer files.

Adding a layer is one module with a :class:`~geoapp.styles.layer.MapLayer`
subclass, its file ``layers/<name>.toml``, its script
``assets/layers/<name>.js`` and one entry in :data:`LAYERS`; the dashboard, the
HTML export and the animation pick it up from here.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from geoapp.errors import LayerSpecError
from geoapp.query import EventFilter, EventView
from geoapp.styles.boundaries import BoundariesLayer
from geoapp.styles.events import EventsLayer
from geoapp.styles.layer import LayerDraw, LayerQuery, MapContext, MapLayer
from geoapp.styles.links import LinksLayer
from geoapp.styles.regions import RegionsLayer
from geoapp.styles.spec import LayerSpec, read_spec

BUNDLED_LAYERS = Path(__file__).resolve().parent.parent / "layers"
#: Every map layer, bottom to top.
LAYERS: tuple[type[MapLayer], ...] = (RegionsLayer, BoundariesLayer, LinksLayer, EventsLayer)


def layer_class(name: str) -> type[MapLayer]:
    for cls in LAYERS:
        if cls.name == name:
            return cls
    raise LayerSpecError(f"unknown layer {name!r}; the layers are {[c.name for c in LAYERS]}")


def load_layer(path: Path) -> LayerSpec:
    """Read and validate one layer file (its name, ``name = …`` or the file's, picks the layer)."""
    path = Path(path)
    cls = layer_class(_declared_name(path))
    return read_spec(path, cls.spec_model, cls.styles_key)


def _declared_name(path: Path) -> str:
    import tomllib

    try:
        name = tomllib.loads(path.read_text(encoding="utf-8")).get("name", path.stem)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LayerSpecError(f"{path}: cannot read layer file: {exc}") from exc
    try:
        layer_class(str(name))
    except LayerSpecError as exc:
        raise LayerSpecError(f"{path}: {exc}") from exc
    return str(name)


def load_layers(folder: Path | None = None) -> dict[str, LayerSpec]:
    """Every layer's file from ``folder`` (default: the bundled ones), by layer name.

    A user folder only needs the layers it changes: bundled files fill the rest.
    """
    specs = {spec.name: spec for spec in map(load_layer, sorted(BUNDLED_LAYERS.glob("*.toml")))}
    if folder is not None:
        folder = Path(folder)
        if not folder.is_dir():
            raise LayerSpecError(f"{folder}: layers folder not found")
        for path in sorted(folder.glob("*.toml")):
            spec = load_layer(path)
            specs[spec.name] = spec
    return specs


class LayerSet:
    """The registered layers bound to one view, each with what it prepared from it."""

    def __init__(self, view: EventView, context: MapContext) -> None:
        self.view = view
        self.context = context
        self.layers: dict[str, MapLayer] = {cls.name: cls(context.specs[cls.name], context)
                                            for cls in LAYERS}
        self.states: dict[str, Any] = {name: layer.prepare(view)
                                       for name, layer in self.layers.items()}

    def __iter__(self):
        return iter(self.layers.values())

    def __getitem__(self, name: str) -> MapLayer:
        return self.layers[name]

    def state(self, name: str) -> Any:
        return self.states[name]

    def query(self, flt: EventFilter, options: Mapping[str, Any] | None = None) -> LayerQuery:
        return LayerQuery(self.view, self.view.select(flt), flt, options or {})

    def draw(self, query: LayerQuery) -> dict[str, LayerDraw]:
        return {name: layer.draw(query, self.states[name]) for name, layer in self.layers.items()}

    def countries(self, query: LayerQuery) -> frozenset[str]:
        """Countries whose region outlines the map draws: where events are and point to."""
        found: set[str] = set()
        for name, layer in self.layers.items():
            found |= layer.countries(query, self.states[name])
        return frozenset(found)

    def extent(self, query: LayerQuery) -> tuple[float, float, float, float] | None:
        """(west, south, east, north) around what every layer wants shown."""
        boxes = [box for name, layer in self.layers.items()
                 if (box := layer.extent(query, self.states[name])) is not None]
        if not boxes:
            return None
        west, south, east, north = zip(*boxes, strict=True)
        return min(west), min(south), max(east), max(north)
