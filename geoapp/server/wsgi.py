"""Running the dashboard: a production WSGI server on a socket bound before anything loads.

:func:`bind` comes first, so a port that is taken is a one-line error before the
view, the gazetteer or GEOS are touched. The app is then built once in this
process and handed to the server: gunicorn (Unix) forks its workers from it,
so they share the loaded view's memory; waitress (Windows, or ``--server
waitress``) serves it from threads in this one process.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import signal
import socket
from collections.abc import Callable
from typing import Any

from geoapp.errors import GeoappError
from geoapp.server.security import MAX_REQUEST_BYTES

logger = logging.getLogger(__name__)

WSGIApp = Callable[..., Any]
SERVERS = ("auto", "gunicorn", "waitress")
#: Seconds a worker may spend on one request (a large download) before it is restarted.
REQUEST_TIMEOUT = 120
#: Seconds an idle keep-alive connection stays open. Longer than a person's pause between
#: two moves of a control, so a page's next request does not race the server closing it.
KEEPALIVE_SECONDS = 30
#: Longest request line gunicorn accepts (its maximum): downloads carry the filter in it.
MAX_REQUEST_LINE = 8190


class ServeError(GeoappError):
    """The server cannot start (port taken, address not available, no such server)."""


def bind(host: str, port: int) -> socket.socket:
    """A listening socket on ``host:port``, or a one-line :class:`ServeError` saying why not."""
    try:
        family, kind, proto, _, address = socket.getaddrinfo(
            host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)[0]
    except socket.gaierror as exc:
        raise ServeError(f"cannot serve on {host}: {exc.strerror}") from exc
    sock = socket.socket(family, kind, proto)
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(1024)
    except OSError as exc:
        sock.close()
        if exc.errno == errno.EADDRINUSE:
            raise ServeError(f"port {port} on {host} is already in use: stop the other server "
                             "or choose another --port") from exc
        if exc.errno == errno.EACCES:
            raise ServeError(f"not allowed to listen on port {port} (ports below 1024 need "
                             "privileges): choose another --port") from exc
        raise ServeError(f"cannot listen on {host}:{port}: {exc.strerror}") from exc
    sock.set_inheritable(True)
    return sock


def choose_server(name: str = "auto") -> str:
    """gunicorn wherever it runs (not on Windows), waitress elsewhere."""
    if name not in SERVERS:
        raise ServeError(f"unknown server {name!r}; use one of {list(SERVERS)}")
    if name != "auto":
        return name
    try:
        import gunicorn  # noqa: F401  (not installable on Windows)
    except ImportError:
        return "waitress"
    return "gunicorn"


def serve(app: WSGIApp, sock: socket.socket, *, workers: int, threads: int,
          server: str = "auto", on_start: Callable[[], object] = lambda: None) -> None:
    """Serve ``app`` on ``sock`` until interrupted (Ctrl-C or SIGTERM).

    ``on_start`` runs in each process that answers requests, once it is running
    (in every gunicorn worker after the fork; before serving with waitress).
    """
    chosen = choose_server(server)
    if chosen == "gunicorn":
        _gunicorn(app, sock, workers, threads, on_start)
    else:
        on_start()
        _waitress(app, sock, workers * threads)


def _gunicorn(app: WSGIApp, sock: socket.socket, workers: int, threads: int,
              on_start: Callable[[], object]) -> None:
    from gunicorn.app.base import BaseApplication

    options = {
        "bind": [f"fd://{sock.fileno()}"], "workers": workers, "worker_class": "gthread",
        "threads": threads, "timeout": REQUEST_TIMEOUT, "graceful_timeout": 10,
        "preload_app": True, "limit_request_line": MAX_REQUEST_LINE, "accesslog": None,
        "keepalive": KEEPALIVE_SECONDS,
        "errorlog": "-", "loglevel": "warning", "proc_name": "geoapp",
        "post_worker_init": lambda worker: on_start(),
    }

    class _Application(BaseApplication):
        """gunicorn around the app already built here (workers fork from this process)."""

        def load_config(self) -> None:
            for key, value in options.items():
                self.cfg.set(key, value)

        def load(self) -> WSGIApp:
            return app

    _Application().run()


def _waitress(app: WSGIApp, sock: socket.socket, threads: int) -> None:
    import waitress

    def stop(signum: int, _frame: object) -> None:
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, stop)  # end like Ctrl-C does: through Python, not killed
    with contextlib.suppress(KeyboardInterrupt):  # Ctrl-C is how one stops it
        waitress.serve(app, sockets=[sock], threads=threads,
                       max_request_body_size=MAX_REQUEST_BYTES, channel_timeout=REQUEST_TIMEOUT,
                       ident="geoapp", _quiet=True)
