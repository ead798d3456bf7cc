"""Layer files: ``layers/*.toml`` → validated :class:`LayerSpec` objects.

One file per layer holds its styles by value (event type, link role, metric,
area layer): colours, marker shapes, legend labels, size scale, class breaks.
Each layer declares the schema of its file as a pydantic model (a subclass of
:class:`LayerFile`), so an unknown key, a misspelt option or a value outside
its choices is an error that names the file, the key and what is allowed;
nothing is read silently and then ignored. Files carry ``version = 1``.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from geoapp.errors import LayerSpecError

SHAPES = ("circle", "triangle", "square", "diamond", "star", "cross")

#: A CSS colour as the layer files write it: ``#rgb`` or ``#rrggbb``.
Color = Annotated[str, Field(pattern=r"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")]
#: An SVG dash pattern such as ``"4 4"`` (lengths in pixels).
Dash = Annotated[str, Field(pattern=r"^\d+(\.\d+)?( \d+(\.\d+)?)*$")]
Shape = Literal["circle", "triangle", "square", "diamond", "star", "cross"]


class Strict(BaseModel):
    """Every table of a layer file: unknown keys are errors, values are immutable."""

    model_config = ConfigDict(extra="forbid", frozen=True)


class StyleEntry(Strict):
    """One entry of a layer's list of styled values (``[[types]]``, ``[[roles]]`` …)."""

    value: str
    label: str
    color: Color | None = None
    shape: Shape | None = None
    dash: Dash | None = None
    weight: Annotated[float, Field(gt=0)] | None = None


class LayerFile(Strict):
    """The keys every layer file has; a layer's own model adds its kind, options and styles."""

    version: Literal[1]
    name: str
    kind: str
    title: str | None = None


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
    """A validated layer file: its styled values, its other options, where it came from."""

    name: str
    kind: str
    title: str
    styles: tuple[ValueStyle, ...]
    options: dict[str, Any]
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


def read_spec(path: Path, model: type[LayerFile], styles_key: str | None) -> LayerSpec:
    """Read ``path`` and check it against ``model``; ``styles_key`` names its list of styles."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LayerSpecError(f"{path}: cannot read layer file: {exc}") from exc
    data.setdefault("name", path.stem)
    try:
        parsed = model.model_validate(data)
    except ValidationError as exc:
        raise LayerSpecError(f"{path}: " + "; ".join(_problem(model, e) for e in exc.errors())) from exc
    options = parsed.model_dump(exclude={"version", "name", "kind", "title"}, exclude_none=True)
    entries = options.pop(styles_key, []) if styles_key else []
    return LayerSpec(name=parsed.name, kind=parsed.kind, title=parsed.title or parsed.name,
                     styles=tuple(ValueStyle(**e) for e in entries), options=options, path=path)


def _problem(model: type[BaseModel], error: dict) -> str:
    """One validation error as "key: what is wrong (what is allowed)"."""
    loc = [str(part) for part in error["loc"]]
    where = ".".join(loc) or "file"
    if error["type"] == "extra_forbidden":
        allowed = _keys_at(model, error["loc"][:-1])
        hint = f"; allowed keys here: {', '.join(allowed)}" if allowed else ""
        return f"unknown key {where!r}{hint}"
    if error["type"] == "missing":
        return f"{where}: required key missing"
    return f"{where}: {error['msg']} (got {error.get('input')!r})"


def _keys_at(model: type[BaseModel], loc: tuple) -> list[str]:
    """The keys a table at ``loc`` in ``model`` may have (empty when that cannot be told)."""
    current: Any = model
    for part in loc:
        if isinstance(part, int):
            continue
        field = getattr(current, "model_fields", {}).get(part)
        if field is None:
            return []
        current = _model_of(field.annotation)
    return sorted(getattr(current, "model_fields", {}))


def _model_of(annotation: Any) -> Any:
    """The pydantic model inside ``list[X]``, ``dict[str, X]`` or ``X | None``, if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in getattr(annotation, "__args__", ()):
        found = _model_of(arg)
        if found is not None:
            return found
    return None
