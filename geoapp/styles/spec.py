"""Declarative map layers: ``layers/*.toml`` → validated :class:`LayerSpec` objects.

One file per layer holds its styles by value (event type, link role, metric):
colours, marker shapes, legend labels, size scale, class breaks. The live map
and the HTML export both read these specs, so a user's ``--layers DIR`` restyles
both. Files carry ``version = 1``; an unknown version, kind or key is an error
that names the file, the bad value and the allowed ones.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from geoapp.errors import LayerSpecError

BUNDLED_LAYERS = Path(__file__).resolve().parent.parent / "layers"
SUPPORTED_VERSIONS = (1,)
SHAPES = ("circle", "triangle", "square", "diamond", "star", "cross")
SCALES = ("linear", "sqrt", "log")
CLASSIFICATIONS = ("quantile", "equal")
# kind → (the table of styled values, keys each entry needs)
KINDS: dict[str, tuple[str, tuple[str, ...]]] = {
    "points": ("types", ("value", "label", "color", "shape")),
    "choropleth": ("metrics", ("value", "label")),
    "links": ("roles", ("value", "label", "color")),
}


@dataclass(frozen=True)
class ValueStyle:
    """How one value (an event type, a link role, a metric) looks and is labelled."""

    value: str
    label: str
    color: str | None = None
    shape: str | None = None
    dash: str | None = None
    weight: float | None = None


@dataclass(frozen=True)
class LayerSpec:
    name: str
    kind: str
    title: str
    styles: tuple[ValueStyle, ...]
    options: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None

    def style(self, value: str) -> ValueStyle:
        """The style of ``value``; unknown values get the layer's default (or the last style)."""
        for style in self.styles:
            if style.value == value:
                return style
        default = self.options.get("default")
        if default:
            return ValueStyle(value=value, **default)
        return self.styles[-1]

    def legend(self) -> list[dict[str, Any]]:
        return [s.__dict__.copy() for s in self.styles]


def load_layer(path: Path) -> LayerSpec:
    """Read and validate one layer file."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise LayerSpecError(f"{path}: cannot read layer file: {exc}") from exc
    version = data.pop("version", None)
    if version not in SUPPORTED_VERSIONS:
        raise LayerSpecError(f"{path}: version {version!r} not supported; use one of "
                             f"{list(SUPPORTED_VERSIONS)}")
    kind = data.pop("kind", None)
    if kind not in KINDS:
        raise LayerSpecError(f"{path}: kind {kind!r} unknown; use one of {sorted(KINDS)}")
    table, required = KINDS[kind]
    entries = data.pop(table, None)
    if not entries:
        raise LayerSpecError(f"{path}: a {kind} layer needs a [[{table}]] list")
    styles = tuple(_value_style(path, table, entry, required) for entry in entries)
    name = data.pop("name", path.stem)
    title = data.pop("title", name)
    _check_options(path, data)
    return LayerSpec(name=name, kind=kind, title=title, styles=styles, options=data, path=path)


def _value_style(path: Path, table: str, entry: dict, required: tuple[str, ...]) -> ValueStyle:
    missing = [k for k in required if k not in entry]
    if missing:
        raise LayerSpecError(f"{path}: an entry of [[{table}]] lacks {missing}: {entry}")
    known = set(ValueStyle.__dataclass_fields__)
    unknown = sorted(set(entry) - known)
    if unknown:
        raise LayerSpecError(f"{path}: unknown key(s) {unknown} in [[{table}]]; "
                             f"use any of {sorted(known)}")
    if entry.get("shape") is not None and entry["shape"] not in SHAPES:
        raise LayerSpecError(f"{path}: shape {entry['shape']!r} not allowed; "
                             f"use one of {list(SHAPES)}")
    return ValueStyle(**entry)


def _check_options(path: Path, options: dict[str, Any]) -> None:
    size = options.get("size")
    if size is not None and size.get("scale") not in SCALES:
        raise LayerSpecError(f"{path}: size scale {size.get('scale')!r} not allowed; "
                             f"use one of {list(SCALES)}")
    classes = options.get("classes")
    if classes is not None and classes not in CLASSIFICATIONS:
        raise LayerSpecError(f"{path}: classes {classes!r} not allowed; "
                             f"use one of {list(CLASSIFICATIONS)}")


def load_layers(folder: Path | None = None) -> dict[str, LayerSpec]:
    """Every layer in ``folder`` (default: the bundled ones), by name.

    A user folder only needs the layers it changes: bundled layers fill the rest.
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
