"""Request hardening for the dashboard server: Host allow-list, security headers, size limits.

- Host: only names the server is meant to be reached by are answered (400
  otherwise), which closes DNS rebinding against a server on loopback.
- Headers on every response: a Content-Security-Policy as strict as Dash
  allows (scripts only from this server plus the hashes of Dash's own inline
  scripts; no plugins, no framing, forms only to this server), ``nosniff``,
  ``X-Frame-Options: DENY`` for old browsers, ``Referrer-Policy``.
- Size: request bodies over :data:`MAX_REQUEST_BYTES` get 413, and a callback
  answer over :data:`MAX_CALLBACK_BYTES` is replaced by a 500 that says so
  (every callback caps its own output far below that; this is the backstop).
"""

from __future__ import annotations

import ipaddress
import logging
import socket
from collections.abc import Iterable

from flask import Flask, Response, jsonify, request
from werkzeug.exceptions import SecurityError

logger = logging.getLogger(__name__)

LOOPBACK_NAMES = ("localhost", "127.0.0.1", "::1")
#: Largest request body: a callback's inputs and state (the map's last points at most).
MAX_REQUEST_BYTES = 8 * 2**20
MAX_FORM_BYTES = 64 * 2**10
MAX_CALLBACK_BYTES = 16 * 2**20
CALLBACK_PATH = "/_dash-update-component"


def is_loopback(host: str) -> bool:
    """Whether binding ``host`` keeps the server to this machine."""
    if host.strip("[]").lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def allowed_hosts(bind_host: str, extra: Iterable[str] = ()) -> list[str]:
    """Host names a request may carry: loopback names, plus for a network bind the
    address itself and this machine's names, plus ``extra`` (names users type, e.g.
    a DNS alias or the reverse proxy's public name)."""
    hosts = list(LOOPBACK_NAMES)
    if not is_loopback(bind_host):
        hosts += [socket.gethostname(), socket.getfqdn()]
        if bind_host not in ("0.0.0.0", "::", ""):
            hosts.append(bind_host)
    hosts += [h.strip().lower() for h in extra if h.strip()]
    return list(dict.fromkeys(hosts))


def content_security_policy(script_hashes: Iterable[str], tile_origins: Iterable[str]) -> str:
    """The page's CSP: this server only, plus Dash's inline scripts by hash and tile images.

    Styles allow ``'unsafe-inline'``: the map and chart libraries write style elements at run
    time. Scripts, the part an injection would need, do not.
    """
    tiles = " ".join(tile_origins)
    directives = {
        "default-src": "'self'",
        "script-src": " ".join(["'self'", *script_hashes]),
        "style-src": "'self' 'unsafe-inline'",
        "img-src": f"'self' data: blob: {tiles}".strip(),
        "font-src": "'self' data:",
        "connect-src": "'self'",
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }
    return "; ".join(f"{k} {v}" for k, v in directives.items())


def install_security(server: Flask, *, hosts: list[str], csp: str) -> None:
    """Host allow-list, size limits and security headers on every response of ``server``."""
    server.config.update(TRUSTED_HOSTS=hosts, MAX_CONTENT_LENGTH=MAX_REQUEST_BYTES,
                         MAX_FORM_MEMORY_SIZE=MAX_FORM_BYTES,
                         TRAP_BAD_REQUEST_ERRORS=False)  # a 400 even in --dev, not a debugger page
    # Flask notes an untrusted Host while routing and raises it only when the view would
    # run: refuse it before any other before-request hook (sign-in redirects) can answer.
    server.before_request_funcs.setdefault(None, []).insert(0, _refuse_untrusted_host)
    headers = {
        "Content-Security-Policy": csp,
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "same-origin",
        "Cross-Origin-Opener-Policy": "same-origin",
    }

    @server.after_request
    def _harden(response: Response) -> Response:
        if request.path == CALLBACK_PATH and (response.content_length or 0) > MAX_CALLBACK_BYTES:
            logger.error("refused a %d-byte callback answer for %s", response.content_length,
                         (request.get_json(silent=True) or {}).get("output", "?"))
            response = jsonify(error="this answer would be too large: narrow the filter")
            response.status_code = 500
        for name, value in headers.items():
            response.headers.setdefault(name, value)
        return response


def _refuse_untrusted_host() -> None:
    if isinstance(request.routing_exception, SecurityError):
        raise request.routing_exception
