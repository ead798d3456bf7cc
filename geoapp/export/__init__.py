"""Snapshots of the filtered events in every format users share: one filter, one function.

The CLI (``geoapp export``) and the dashboard's download buttons both call
:func:`export` with the same :class:`~geoapp.query.EventFilter` the query layer
uses, so the exported rows are exactly the rows shown. Writers are imported on
first use: a CSV export never loads GDAL or folium.
"""

from __future__ import annotations

import importlib
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from geoapp.errors import GeoappError
from geoapp.query import EventFilter, EventView
from geoapp.query.streamed import StreamedView


class ExportError(GeoappError):
    """An export that cannot be made as asked (unknown format, option the format lacks)."""


@dataclass(frozen=True)
class Exporter:
    """One output format: its writer (``module:function``), file suffixes and options.

    A ``folder`` format writes a directory (a partitioned dataset), not one file. A
    ``streams`` writer also takes a :class:`~geoapp.query.streamed.StreamedView` and then
    holds one part of the view at a time.
    """

    writer: str
    suffixes: tuple[str, ...]
    options: tuple[str, ...] = ()
    folder: bool = False
    streams: bool = False

    def load(self) -> Callable[..., int]:
        module, _, name = self.writer.partition(":")
        return getattr(importlib.import_module(module), name)


EXPORTERS: dict[str, Exporter] = {
    "geojson": Exporter("geoapp.export.geojson:write_geojson", (".geojson", ".json"),
                        ("region_geometry",), streams=True),
    "geojsonseq": Exporter("geoapp.export.geojson:write_geojsonseq",
                           (".geojsons", ".geojsonseq"), ("region_geometry",), streams=True),
    "csv": Exporter("geoapp.export.csv:write_csv", (".csv",), ("columns",)),
    "geoparquet": Exporter("geoapp.export.tables:write_geoparquet", (".parquet", ".geoparquet")),
    "gpkg": Exporter("geoapp.export.tables:write_gpkg", (".gpkg",)),
    "html": Exporter("geoapp.export.html:write_html", (".html", ".htm"), ("layers_dir", "tiles")),
    "geoparquet-dataset": Exporter("geoapp.export.dataset:write_dataset", (),
                                   ("partition", "append"), folder=True),
}


def format_for_path(path: str | Path) -> str:
    """The format a file name asks for by its suffix."""
    suffix = Path(path).suffix.lower()
    for name, exporter in EXPORTERS.items():
        if suffix in exporter.suffixes:
            return name
    raise ExportError(f"cannot tell the format from {Path(path).name!r}; "
                      f"give one of {sorted(EXPORTERS)}")


def _exporter(fmt: str) -> Exporter:
    if fmt not in EXPORTERS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {sorted(EXPORTERS)}")
    return EXPORTERS[fmt]


def export(view: EventView | StreamedView, flt: EventFilter, fmt: str, path: str | Path,
           **options: Any) -> int:
    """Write the events ``flt`` selects from ``view`` to ``path``; returns how many.

    Options a format does not have are an error, except when left at ``None``/``False``
    (so a caller can pass every option it has, set or not).
    """
    exporter = _exporter(fmt)
    given = {k: v for k, v in options.items() if v not in (None, False)}
    unknown = sorted(set(given) - set(exporter.options))
    if unknown:
        raise ExportError(f"{fmt} export has no option {', '.join(unknown)}; "
                          f"its options are {list(exporter.options) or 'none'}")
    if not exporter.folder and Path(path).is_dir():
        raise ExportError(f"{path} is a folder; {fmt} is written to a file")
    return exporter.load()(view, flt, path, **given)


def export_bytes(view: EventView, flt: EventFilter, fmt: str, **options: Any) -> bytes:
    """The export as bytes, for a download button (written to a temporary file first)."""
    exporter = _exporter(fmt)
    if exporter.folder:
        raise ExportError(f"{fmt} writes a folder of files, not one download")
    with tempfile.TemporaryDirectory(prefix="geoapp-export-") as folder:
        path = Path(folder) / ("snapshot" + exporter.suffixes[0])
        export(view, flt, fmt, path, **options)
        return path.read_bytes()


__all__ = ["EXPORTERS", "ExportError", "Exporter", "export", "export_bytes", "format_for_path"]
