"""The dashboard app factory: one Dash app over one event store.

All JavaScript and CSS is served from the installed packages and
``geoapp/assets`` (no CDN), so the page works offline; map tiles are the only
optional network use. The event view is loaded once here and refreshed when
the store changes; nothing per user is kept on the server but the signed
session cookie's contents.

Every app gets the same protections (:mod:`geoapp.server`): a Host allow-list,
security headers, size limits and CSRF checks; ``auth=True`` (server mode) also
asks for an account on every page and callback.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable
from pathlib import Path
from urllib.parse import urlsplit

import dash

from geoapp.dashboard import layout
from geoapp.dashboard import review as review_panel
from geoapp.dashboard.animation import AnimationJobs
from geoapp.dashboard.callbacks import register_callbacks
from geoapp.dashboard.data import DashboardData, LiveData
from geoapp.dashboard.routes import exporters, register_routes
from geoapp.query import EventView
from geoapp.server.auth import LOGOUT_PATH, csrf_token, install_auth, signed_in
from geoapp.server.security import allowed_hosts, content_security_policy, install_security
from geoapp.store import Store
from geoapp.styles import load_layers
from geoapp.styles.outlines import outlines

ASSETS = Path(__file__).resolve().parent.parent / "assets"
TILES = ("osm", "none")


def create_app(store: Store, *, tiles: str = "osm", layers_dir: Path | None = None,
               auth: bool = False, hosts: Iterable[str] | None = None,
               background: bool = True) -> dash.Dash:
    """A ready-to-run dashboard for ``store`` (``app.run(host, port)``, or a WSGI server on
    ``app.server``).

    ``tiles="none"`` leaves out the OpenStreetMap layer: the bundled outlines
    are the only background and the page makes no request beyond this server.
    ``auth=True`` requires signing in with an account from the store; ``hosts``
    are the Host names requests may carry (default: loopback names only).
    ``background=False`` leaves :func:`prepare_in_background` to the caller.
    """
    if tiles not in TILES:
        raise ValueError(f"unknown tiles {tiles!r}; use one of {list(TILES)}")
    specs = load_layers(layers_dir)
    names = outlines().names()

    def build(view: EventView) -> DashboardData:
        return DashboardData.build(view, specs, names, tiles)

    live = LiveData(store, build, watching=background)
    downloads = exporters(layers_dir, tiles)
    formats = list(downloads)
    # the review queue's callbacks name components built only while it is open
    app = dash.Dash(__name__, title="geoapp", assets_folder=str(ASSETS), serve_locally=True,
                    update_title=None, suppress_callback_exceptions=True)
    app.layout = lambda: layout.page(live.current(), tiles, formats, _account_bar(),
                                     review_panel.panel(), updating=live.reloading)
    register_callbacks(app, live, layout.overlay_names(live.current(), tiles), formats)
    shapes = register_routes(app.server, live, downloads, AnimationJobs(live, layers_dir))
    install_auth(app.server, store, required=auth)
    tile_origins = [_origin(layout.OSM_URL)] if tiles == "osm" else []
    install_security(app.server, hosts=list(hosts) if hosts is not None else allowed_hosts("127.0.0.1"),
                     csp=content_security_policy(app.csp_hashes(), tile_origins))

    def prepare() -> None:
        live.watch()  # from now on, in this process: a thread would not survive a fork
        with live.serving():  # what the first page needs: a large view's patch waits for it
            # Dash learns which component scripts it may serve by rendering its page: a
            # worker that never rendered it refuses the scripts another worker's page asks for
            with app.server.test_request_context("/"):
                app.index()
            shapes.prepare()

    app.server.extensions["geoapp_prepare"] = prepare
    answer = app.server.wsgi_app

    def counted(environ, start_response):  # what a large view's patch waits for
        with live.serving():
            return answer(environ, start_response)

    app.server.wsgi_app = counted
    live.after_reload(shapes.prepare)
    if background:
        prepare_in_background(app)
    return app


def prepare_in_background(app: dash.Dash) -> threading.Thread:
    """Build the map's fixed shapes now rather than on the first page load (a second or two).

    :func:`create_app` does it unless told not to; a server that forks workers calls it in
    each worker instead, since a thread does not survive a fork (and a lock it held would
    stay held). Not a daemon: an interpreter that exits meanwhile waits for it instead of
    tearing GEOS down under it.
    """
    thread = threading.Thread(target=app.server.extensions["geoapp_prepare"],
                              name="geoapp-outlines")
    thread.start()
    return thread


def _account_bar():
    account = signed_in()
    if account is None:
        return None
    return layout.account_bar(account.name, account.role, csrf_token(), LOGOUT_PATH)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"
