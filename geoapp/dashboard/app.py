"""The dashboard app factory: one Dash app over one event store.

All JavaScript and CSS is served from the installed packages and
``geoapp/assets`` (no CDN), so the page works offline; map tiles are the only
optional network use. The event view is loaded once here and refreshed when
the store changes; nothing per user is kept on the server.
"""

from __future__ import annotations

import threading
from pathlib import Path

import dash

from geoapp.dashboard import layout
from geoapp.dashboard.callbacks import register_callbacks
from geoapp.dashboard.data import DashboardData, LiveData
from geoapp.dashboard.routes import exporters, register_routes
from geoapp.query import EventView
from geoapp.store import Store
from geoapp.styles import load_layers
from geoapp.styles.outlines import outlines

ASSETS = Path(__file__).resolve().parent.parent / "assets"
TILES = ("osm", "none")


def create_app(store: Store, *, tiles: str = "osm", layers_dir: Path | None = None) -> dash.Dash:
    """A ready-to-run dashboard for ``store`` (``app.run(host, port)``).

    ``tiles="none"`` leaves out the OpenStreetMap layer: the bundled outlines
    are the only background and the page makes no request beyond this server.
    """
    if tiles not in TILES:
        raise ValueError(f"unknown tiles {tiles!r}; use one of {list(TILES)}")
    specs = load_layers(layers_dir)
    names = outlines().names()

    def build(view: EventView) -> DashboardData:
        return DashboardData.build(view, specs, names, tiles)

    live = LiveData(store, build)
    downloads = exporters(layers_dir, tiles)
    formats = list(downloads)
    app = dash.Dash(__name__, title="geoapp", assets_folder=str(ASSETS), serve_locally=True,
                    update_title=None)
    app.layout = lambda: layout.page(live.current(), tiles, formats)
    register_callbacks(app, live, layout.overlay_names(live.current(), tiles), formats)
    shapes = register_routes(app.server, live, downloads)
    # Simplifying the outlines takes a second or two: do it now, not on the first page load.
    threading.Thread(target=shapes.prepare, daemon=True, name="geoapp-outlines").start()
    return app
