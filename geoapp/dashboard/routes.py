"""Plain HTTP routes beside the Dash app: the layers' fixed shapes (fetched once) and downloads.

Downloads take the same filter query string the page keeps in its store, so a
file holds exactly the events the view counts; they are sent as files, not
pushed through a callback. A filter that does not parse is a 400 with the
reason, never a download of everything.
"""

from __future__ import annotations

import datetime as dt
import gzip
import threading
from collections.abc import Callable
from pathlib import Path

from flask import Flask, Response, abort, jsonify, request, send_file

from geoapp.dashboard.animation import AnimationJobs
from geoapp.dashboard.data import LiveData
from geoapp.errors import FilterError, GeoappError
from geoapp.export import export_bytes
from geoapp.export.geojson import snapshot_geojson_bytes
from geoapp.query import EventFilter, EventView
from geoapp.query.summary import prepare_sums

Exporter = Callable[[EventView, EventFilter], bytes]
MEDIA_TYPES = {"geojson": "application/geo+json", "csv": "text/csv; charset=utf-8",
               "html": "text/html; charset=utf-8", "gif": "image/gif", "mp4": "video/mp4"}


def exporters(layers_dir: Path | None, tiles: str = "none") -> dict[str, Exporter]:
    """The download formats; the HTML map is styled by the same layer files as the page and
    has the same background."""
    return {
        "geojson": snapshot_geojson_bytes,
        "csv": lambda view, flt: export_bytes(view, flt, "csv"),
        "html": lambda view, flt: export_bytes(view, flt, "html", layers_dir=layers_dir,
                                               tiles=tiles),
    }


class LayerShapes:
    """The fixed shapes of each layer for the current data, gzip-compressed once."""

    def __init__(self, live: LiveData) -> None:
        self._live = live
        self._cache: dict[tuple[str, frozenset[str]], bytes] = {}
        self._lock = threading.Lock()

    def gzipped(self, name: str) -> bytes | None:
        data = self._live.current()
        layer = data.layers.layers.get(name)
        if layer is None or not layer.live.shapes:
            return None
        key = (name, data.outline_countries)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = gzip.compress(layer.shapes(data.outline_countries), compresslevel=6)
            return self._cache[key]

    def prepare(self) -> None:
        """Build every layer's shapes and the view's running totals ahead of the first request."""
        for layer in self._live.current().layers:
            self.gzipped(layer.name)
        prepare_sums(self._live.current().view)


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


def register_routes(server: Flask, live: LiveData, downloads: dict[str, Exporter],
                    animations: AnimationJobs) -> LayerShapes:
    """Layer shapes at /geoapp/layers/<name>.geojson, downloads at /geoapp/download/events.<fmt>,
    animations at /geoapp/animation (start), /geoapp/animation/<id> (progress) and
    /geoapp/animation/<id>/file."""
    shapes = LayerShapes(live)

    @server.post("/geoapp/animation", endpoint="geoapp_animation_start")
    def start_animation() -> Response:
        query = request.get_json(silent=True) or {}
        try:
            job = animations.start(str(query.get("view", "")), str(query.get("format", "gif")))
        except GeoappError as exc:
            return jsonify({"error": str(exc)}), 400
        return jsonify({"job": job.id, **job.status()}), 202

    @server.get("/geoapp/animation/<job_id>", endpoint="geoapp_animation_status")
    def animation_status(job_id: str) -> Response:
        job = animations.get(job_id)
        if job is None:
            abort(404)
        response = jsonify(job.status())
        response.headers["Cache-Control"] = "no-store"
        return response

    @server.get("/geoapp/animation/<job_id>/file", endpoint="geoapp_animation_file")
    def animation_file(job_id: str) -> Response:
        job = animations.get(job_id)
        if job is None or job.state != "done":
            abort(404)
        stamp = dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S")
        return send_file(job.path, mimetype=MEDIA_TYPES[job.format], as_attachment=True,
                         download_name=f"geoapp-{stamp}.{job.format}", max_age=0)

    @server.get("/geoapp/layers/<name>.geojson", endpoint="geoapp_layer_shapes")
    def layer_shapes(name: str) -> Response:
        body = shapes.gzipped(name)
        if body is None:
            abort(404)
        return _gzipped(body)

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

    return shapes
