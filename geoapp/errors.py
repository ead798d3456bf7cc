"""Errors a user can cause and fix; the CLI prints them as one line, never a traceback."""


class GeoappError(Exception):
    """Base class for errors with a message meant for the user."""


class ReadError(GeoappError):
    """A file that cannot be read at all (missing, wrong format, not a table)."""


class FilterError(GeoappError):
    """A filter value that makes no sense (unknown type, bad date, from after to)."""


class LayerSpecError(GeoappError):
    """A layer definition file that does not follow the layer schema."""
