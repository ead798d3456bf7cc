"""Plain HTTP routes beside the Dash app: boundaries (fetched once) and downloads.

Downloads take the same filter query string the page keeps in its store, so a
file holds exactly the events the view counts; they are sent as files, not
pushed through a callback. A filter that does not parse is a 400 with the
reason, never a download of everything.
"""

from __future__ import annotations

import datetime as dt
import gzip
from collections.abc import Callable
from pathlib import Path

from flask import Flask, Response, abort, request

from geoapp.dashboard.boundaries import Boundaries
from geoapp.dashboard.data import LiveData
from geoapp.errors import FilterError
from geoapp.export import export_bytes
from geoapp.export.geojson import snapshot_geojson_bytes
from geoapp.query import EventFilter, EventView

Exporter = Callable[[EventView, EventFilter], bytes]
MEDIA_TYPES = {"geojson": "application/geo+json", "csv": "text/csv; charset=utf-8",
               "html": "text/html; charset=utf-8"}


def exporters(layers_dir: Path | None) -> dict[str, Exporter]:
    """The download formats; the HTML map is styled by the same layer files as the page."""
    return {
        "geojson": snapshot_geojson_bytes,
        "csv": lambda view, flt: export_bytes(view, flt, "csv"),
        "html": lambda view, flt: export_bytes(view, flt, "html", layers_dir=layers_dir),
    }


def _gzipped(body: bytes) -> Response:
    """Pre-compressed GeoJSON, decompressed only for the rare client without gzip."""
    if "gzip" in request.headers.get("Accept-Encoding", ""):
        response = Response(body, mimetype="application/geo+json")
        response.headers["Content-Encoding"] = "gzip"
    else:
        response = Response(gzip.decompress(body), mimetype="application/geo+json")
    response.headers["Cache-Control"] = "public, max-age=86400"
    response.headers["Vary"] = "Accept-Encoding"
    return response


def register_routes(server: Flask, live: LiveData, boundaries: Boundaries,
                    downloads: dict[str, Exporter]) -> None:
    """Boundaries at /geoapp/boundaries/*.geojson, downloads at /geoapp/download/events.<fmt>."""

    @server.get("/geoapp/boundaries/countries.geojson", endpoint="geoapp_countries")
    def countries() -> Response:
        return _gzipped(boundaries.countries_geojson())

    @server.get("/geoapp/boundaries/regions.geojson", endpoint="geoapp_regions")
    def regions() -> Response:
        return _gzipped(boundaries.regions_geojson(live.current().outline_countries))

    @server.get("/geoapp/download/events.<fmt>", endpoint="geoapp_download")
    def download(fmt: str) -> Response:
        if fmt not in downloads:
            abort(404)
        try:  # a filter that makes no sense is refused, never widened to everything
            flt = EventFilter.from_query(request.query_string.decode())
        except FilterError as exc:
            return Response(f"invalid filter: {exc}\n", status=400, mimetype="text/plain")
        data = live.current()
        body = downloads[fmt](data.view, flt)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        response = Response(body, mimetype=MEDIA_TYPES[fmt])
        response.headers["Content-Disposition"] = f'attachment; filename="geoapp-{stamp}.{fmt}"'
        response.headers["Cache-Control"] = "no-store"
        return response
