"""The layers stage: map layers as units, shared by the live map, the HTML export and the
animation (see :mod:`geoapp.styles.layer` and :mod:`geoapp.styles.registry`)."""

from geoapp.styles.layer import (
    LayerDraw,
    LayerQuery,
    Legend,
    LegendEntry,
    LiveDraw,
    MapContext,
    MapLayer,
    fit_bounds,
)
from geoapp.styles.registry import LAYERS, LayerSet, layer_class, load_layer, load_layers
from geoapp.styles.spec import LayerSpec, ValueStyle

__all__ = ["LAYERS", "LayerDraw", "LayerQuery", "LayerSet", "LayerSpec", "Legend", "LegendEntry",
           "LiveDraw", "MapContext", "MapLayer", "ValueStyle", "fit_bounds", "layer_class",
           "load_layer", "load_layers"]
