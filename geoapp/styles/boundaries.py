"""The boundaries layer: country and admin-1 outlines from the bundled data, under everything.

They make every map readable without tiles (offline, or in an animation).
Admin-1 outlines are drawn for the countries where events are or point to;
country outlines for the whole world.
"""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import Field

from geoapp.styles.layer import LayerDraw, LayerQuery, LiveDraw, MapLayer, Painter
from geoapp.styles.outlines import feature_collection, features
from geoapp.styles.spec import Color, Dash, LayerFile, Strict


class Line(Strict):
    color: Color
    weight: Annotated[float, Field(gt=0)] = 1
    dash: Dash | None = None


class BoundariesFile(LayerFile):
    kind: Literal["outlines"]
    countries: Line = Line(color="#4d4d4d", weight=1.2)
    regions: Line = Line(color="#8c8c8c", weight=0.6, dash="2 3")


class BoundariesLayer(MapLayer):
    name = "boundaries"
    spec_model = BoundariesFile
    static = True
    live = LiveDraw(z_index=390, functions=("style", "pointToLayer"), shapes=True,
                    fixed={"interactive": False})

    def hideout(self) -> dict[str, Any]:
        """Line styles by level (``country`` or ``region``), as the script reads them."""
        return {level: self.spec.options[key] for level, key in
                (("country", "countries"), ("region", "regions"))}

    def initial_props(self, state: Any) -> dict[str, Any]:
        return {"hideout": self.hideout()}

    def draw(self, query: LayerQuery, state: Any) -> LayerDraw:
        return LayerDraw({"hideout": self.hideout()})

    def shapes(self, countries: frozenset[str]) -> bytes:
        """Region outlines first, country outlines on top of them; without tiles, the names
        of the regions and of their largest places too (the map has no other labels)."""
        outlines = self.context.outlines
        labels = outlines.labels(countries) if self.context.tiles == "none" else []
        return feature_collection(features(outlines.regions(countries), level="region")
                                  + features(outlines.countries(), level="country") + labels)

    def paint(self, painter: Painter, draw: LayerDraw, query: LayerQuery) -> None:
        """Region outlines of the map's countries (``options["countries"]``), then every
        country's outline."""
        outlines = self.context.outlines
        for level, shapes in (("region", outlines.regions(query.options.get("countries", ()))),
                              ("country", outlines.countries())):
            line = draw.props["hideout"][level]
            painter.polygons(shapes.geometries, outline=line["color"], width=line["weight"],
                             dash=line.get("dash"), keys=[(level, c) for c in shapes.codes])
