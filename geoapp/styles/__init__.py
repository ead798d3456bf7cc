"""Layer definitions shared by the live map and the HTML export."""

from geoapp.styles.spec import LayerSpec, ValueStyle, load_layer, load_layers

__all__ = ["LayerSpec", "ValueStyle", "load_layer", "load_layers"]
