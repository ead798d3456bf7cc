"""Plain HTTP routes beside the Dash app: the layers' fixed shapes (fetched once) and downloads.

A layer's shapes take seconds to build (the outlines are simplified as coverages), so
they are also kept on disk next to the view cache, under what they were made from: a
start serves them from there instead of building them again.

Downloads take the same filter query string the page keeps in its store, so a
file holds exactly the events the view counts; they are sent as files, not
pushed through a callback. A filter that does not parse is a 400 with the
reason, never a download of everything.
"""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from flask import Flask, Response, abort, jsonify, request, send_file

from geoapp.arrowfile import replace_atomically
from geoapp.dashboard.animation import AnimationJobs
from geoapp.dashboard.data import LiveData
from geoapp.dashboard.layout import centre_and_zoom, initial_bounds
from geoapp.errors import FilterError, GeoappError
from geoapp.export import export_bytes
from geoapp.export.geojson import snapshot_geojson_bytes
from geoapp.query import EventFilter, EventView, viewcache
from geoapp.query.clusters import prepare_grid
from geoapp.query.summary import prepare_sums
from geoapp.query.viewcache import save_sums
from geoapp.store import Store
from geoapp.styles.layer import MapLayer
from geoapp.styles.outlines import outlines_digest

logger = logging.getLogger(__name__)
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


def shapes_path(store: Store, name: str) -> Path:
    """Where the gzipped shapes of layer ``name`` are kept for ``store``."""
    return Path(f"{store.cache_prefix}.{name}.shapes")


def stored_shapes(path: Path, layer: MapLayer, countries: frozenset[str]) -> bytes:
    """The layer's shapes for ``countries``, gzipped: read from ``path`` when it holds them
    under the same key (layer, countries, tiles, :func:`outlines_digest`), else built and
    written there (a folder that can't be written costs a warning, not the shapes)."""
    key = hashlib.sha256(repr((type(layer).__qualname__, layer.name, sorted(countries),
                               layer.context.tiles, outlines_digest())).encode()).hexdigest()
    head = key.encode() + b"\n"
    try:
        with path.open("rb") as cached:
            if cached.read(len(head)) == head:
                return cached.read()
    except OSError:
        pass
    body = gzip.compress(layer.shapes(countries), compresslevel=6)
    try:
        replace_atomically(path, lambda out: out.writelines((head, body)))
    except OSError as exc:
        logger.warning("cannot keep the %s shapes in %s: %s", layer.name, path, exc)
    return body


class LayerShapes:
    """The fixed shapes of each layer for the current data, gzip-compressed once (and kept
    on disk, :func:`stored_shapes`)."""

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
                self._cache[key] = stored_shapes(shapes_path(self._live.store, name), layer,
                                                 data.outline_countries)
            return self._cache[key]

    def prepare(self) -> None:
        """Build every layer's shapes, the view's running totals and its cluster cells at the
        page's first zoom ahead of the first request; keep the totals on disk for the next
        start (:func:`save_sums`). While newer data is being built, only for that data,
        once built (:meth:`LiveData.after_reload`): the older is soon let go, unless it
        holds :data:`~geoapp.query.viewcache.BEHIND_AT_LEAST` events or more, whose patch
        waits for the first page and takes half a minute: the page answers from it."""
        data = self._live.current()
        if self._live.reloading and len(data.view) < viewcache.BEHIND_AT_LEAST:
            return
        zoom = centre_and_zoom(initial_bounds(data))[1]
        # beside the rest: the first slider move waits for both (numpy lets them run at once)
        cells = threading.Thread(target=prepare_grid, args=(data.view, zoom),
                                 name="geoapp-cells")
        cells.start()
        for layer in data.layers:
            self.gzipped(layer.name)
        prepare_sums(data.view)
        cells.join()
        save_sums(data.view, self._live.store)


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
