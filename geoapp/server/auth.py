"""Sign-in, sessions, CSRF and roles on the dashboard's Flask server.

What code that changes data uses (review, ingest from the dashboard, account admin):

- :func:`require_role` (decorator) or :func:`check_role` (call) refuse a request
  with 403 unless the signed-in account has at least that role. They work the
  same in a Flask route and in a Dash callback (both run inside the request),
  so a role is enforced on the server whatever the page shows.
- :func:`current_user` is who to record as the author of a change: the signed-in
  account in server mode, else the operating-system user.
- CSRF needs nothing from callers: every request other than GET/HEAD/OPTIONS
  must carry the session's token, and a foreign ``Origin``/``Referer`` is refused.
  Dash's renderer sends the token by itself: it copies the ``_csrf_token``
  cookie into an ``X-CSRFToken`` header on every callback (a cross-site page can
  neither read that cookie nor set that header); HTML forms send it as the
  ``csrf_token`` field (:func:`csrf_token`).

Server mode (``required=True``) needs an account for everything but the
sign-in page; loopback use without ``--auth`` has no sign-in and every request
acts as the local user with every role. Sessions are signed cookies
(HttpOnly, SameSite=Lax, Secure when the request came over HTTPS) holding the
account name, when it signed in and when its password last changed, so a
password change, a removal or :data:`SESSION_HOURS` end the session; the role
is looked up again every :data:`ACCOUNT_CACHE_SECONDS`, so a changed role
applies at once, not at the next sign-in.
"""

from __future__ import annotations

import functools
import hmac
import secrets
import threading
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from html import escape
from typing import Any, TypeVar
from urllib.parse import quote, urlsplit

from flask import Flask, Response, abort, g, has_request_context, jsonify, redirect, request, session
from flask.sessions import SecureCookieSessionInterface

from geoapp.server import passwords
from geoapp.store import Store
from geoapp.store.users import ROLES, User, known_role, local_user

LOGIN_PATH = "/geoapp/login"
LOGOUT_PATH = "/geoapp/logout"
LOGIN_STYLE_PATH = "/geoapp/login.css"
SESSION_COOKIE = "geoapp_session"
CSRF_COOKIE = "_csrf_token"  # the names Dash's renderer reads and sends by default
CSRF_HEADER = "X-CSRFToken"
CSRF_FIELD = "csrf_token"
SAFE_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
SESSION_HOURS = 12
ACCOUNT_CACHE_SECONDS = 5.0
#: Failed sign-ins per account name within :data:`LOCKOUT_SECONDS` before it is refused.
MAX_FAILURES, LOCKOUT_SECONDS = 10, 15 * 60
MAX_TRACKED_NAMES = 10_000
_RANK = {role: rank for rank, role in enumerate(ROLES)}

F = TypeVar("F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Account:
    """Who a request acts for."""

    name: str
    role: str


# -- the interface for code that changes data --------------------------------------
def current_user() -> str:
    """The author to record for a change made in this request (OS user outside server mode)."""
    return _account().name


def current_role() -> str:
    return _account().role


def has_role(role: str) -> bool:
    """Whether this request's account has ``role`` or a higher one."""
    return _RANK[current_role()] >= _RANK[known_role(role)]


def check_role(role: str) -> None:
    """Abort the request with 403 unless its account has at least ``role``."""
    if not has_role(role):
        account = _account()
        abort(403, f"{account.name} is a {account.role}; this needs the {role} role")


def require_role(role: str) -> Callable[[F], F]:
    """Decorator: the function runs only for accounts with at least ``role`` (else 403).

    For a Dash callback, put it under ``@app.callback(...)``::

        @app.callback(Output(...), Input(...))
        @require_role("editor")
        def accept(n_clicks): ...
    """
    known_role(role)

    def decorate(fn: F) -> F:
        @functools.wraps(fn)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            check_role(role)
            return fn(*args, **kwargs)
        return guarded  # type: ignore[return-value]
    return decorate


def signed_in() -> Account | None:
    """The signed-in account in server mode; None without sign-in (loopback use)."""
    if has_request_context() and _auth().required:
        return g.get("geoapp_account")
    return None


def csrf_token() -> str:
    """This session's CSRF token, for a form's hidden ``csrf_token`` field."""
    return session[CSRF_FIELD]


# -- installing it ----------------------------------------------------------------------
class _SessionInterface(SecureCookieSessionInterface):
    """Secure cookies whenever the request came over HTTPS (directly or through a trusted proxy)."""

    def get_cookie_secure(self, app: Flask) -> bool:
        return bool(request.is_secure or app.config["SESSION_COOKIE_SECURE"])


class _Auth:
    """Per-server state: whether accounts are required, the store, failed sign-ins."""

    def __init__(self, store: Store, required: bool) -> None:
        self.store = store
        self.required = required
        self._cache: dict[str, tuple[float, User | None]] = {}
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def user(self, name: str) -> User | None:
        """The stored account, looked up again after :data:`ACCOUNT_CACHE_SECONDS`."""
        now = time.monotonic()
        with self._lock:
            hit = self._cache.get(name)
        if hit and now - hit[0] < ACCOUNT_CACHE_SECONDS:
            return hit[1]
        user = self.store.user(name)
        with self._lock:
            self._cache[name] = (now, user)
        return user

    def locked_out(self, name: str) -> bool:
        with self._lock:
            recent = self._failures.get(name, deque())
            while recent and time.monotonic() - recent[0] > LOCKOUT_SECONDS:
                recent.popleft()
            return len(recent) >= MAX_FAILURES

    def failed(self, name: str) -> None:
        now = time.monotonic()
        with self._lock:
            if len(self._failures) >= MAX_TRACKED_NAMES:  # names tried long ago are forgotten
                self._failures = {n: times for n, times in self._failures.items()
                                  if times and now - times[-1] <= LOCKOUT_SECONDS}
            self._failures.setdefault(name, deque(maxlen=MAX_FAILURES)).append(now)

    def session_account(self) -> Account | None:
        """The account the session cookie names, if it is still valid."""
        name, stamp, since = (session.get(k) for k in ("user", "stamp", "since"))
        if not name or not isinstance(since, (int, float)):
            return None
        if time.time() - since > SESSION_HOURS * 3600:
            return None
        user = self.user(name)
        if user is None or stamp != user.password_changed_at.isoformat():
            return None
        return Account(user.name, user.role)


def install_auth(server: Flask, store: Store, *, required: bool) -> None:
    """Sign-in routes, session checks and CSRF checks on ``server``.

    ``required=False`` (loopback use) keeps the CSRF checks but asks nobody to sign in.
    """
    server.secret_key = secrets.token_bytes(32)  # made before workers fork: they share it
    server.config.update(
        SESSION_COOKIE_NAME=SESSION_COOKIE, SESSION_COOKIE_HTTPONLY=True,
        SESSION_COOKIE_SAMESITE="Lax", PERMANENT_SESSION_LIFETIME=timedelta(hours=SESSION_HOURS),
        SESSION_REFRESH_EACH_REQUEST=False,
    )
    server.session_interface = _SessionInterface()
    server.extensions["geoapp_auth"] = _Auth(store, required)
    server.before_request(_check_request)
    server.after_request(_send_csrf_cookie)
    server.add_url_rule(LOGIN_PATH, "geoapp_login", _login, methods=["GET", "POST"])
    server.add_url_rule(LOGOUT_PATH, "geoapp_logout", _logout, methods=["POST"])
    server.add_url_rule(LOGIN_STYLE_PATH, "geoapp_login_style", _login_style)


def _auth() -> _Auth:
    from flask import current_app

    return current_app.extensions["geoapp_auth"]


def _account() -> Account:
    """This request's account; outside a request (CLI, tests) the local user with every role."""
    if has_request_context():
        account = g.get("geoapp_account")
        if account is not None:
            return account
        if _auth().required:
            abort(401)
    return Account(local_user(), ROLES[-1])


_OPEN_ENDPOINTS = frozenset({"geoapp_login", "geoapp_login_style", "geoapp_logout"})


def _check_request() -> Response | None:
    """Before every request: a CSRF token in the session, the CSRF check, the sign-in check."""
    if CSRF_FIELD not in session:
        session[CSRF_FIELD] = secrets.token_urlsafe(32)
    if request.method not in SAFE_METHODS:
        _check_csrf()
    auth = _auth()
    if not auth.required:
        g.geoapp_account = Account(local_user(), ROLES[-1])
        return None
    account = auth.session_account()
    if account is not None:
        g.geoapp_account = account
        return None
    if request.endpoint in _OPEN_ENDPOINTS:
        return None
    return _sign_in_first()


def _check_csrf() -> None:
    source = request.headers.get("Origin") or request.headers.get("Referer")
    if source is not None and urlsplit(source).netloc != request.host:
        abort(403, "cross-site request refused")
    sent = request.headers.get(CSRF_HEADER) or request.form.get(CSRF_FIELD) or ""
    if not hmac.compare_digest(sent.encode(), session.get(CSRF_FIELD, "").encode()) or not sent:
        abort(403, "missing or stale CSRF token: reload the page")


def _sign_in_first() -> Response:
    """Pages redirect to the sign-in form; API calls (callbacks, downloads) get 401."""
    accepts = request.accept_mimetypes  # empty: the client takes anything
    wants_page = (request.method == "GET" and not request.path.startswith("/_dash-")
                  and (accepts.accept_html or not accepts))
    if wants_page:
        return redirect(f"{LOGIN_PATH}?next={quote(request.full_path.rstrip('?'), safe='/')}")
    response = jsonify(error="sign in first", login=LOGIN_PATH)
    response.status_code = 401
    return response


def _send_csrf_cookie(response: Response) -> Response:
    """Give the page the session's token in the cookie Dash's renderer reads."""
    token = session.get(CSRF_FIELD)
    if token and request.cookies.get(CSRF_COOKIE) != token:
        response.set_cookie(CSRF_COOKIE, token, secure=request.is_secure, httponly=False,
                            samesite="Strict", path="/")
    return response


def _safe_next(target: str | None) -> str:
    """Only a path on this server (never ``//host`` or a full URL) after signing in."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


def _login() -> Response | tuple[str, int] | str:
    auth = _auth()
    if request.method == "GET":
        if not auth.required or auth.session_account():
            return redirect(_safe_next(request.args.get("next")))
        return _login_page(request.args.get("next"))
    name = request.form.get("name", "").strip()
    password = request.form.get("password", "")
    target = request.form.get("next")
    if auth.locked_out(name):
        return _login_page(target, f"Too many failed sign-ins for this name: wait "
                                   f"{LOCKOUT_SECONDS // 60} minutes."), 429
    user = auth.store.user(name) if name else None
    ok = passwords.verify(password, user.password_hash) if user else passwords.verify_missing(password)
    if not ok or user is None:
        auth.failed(name)
        return _login_page(target, "Wrong name or password."), 401
    session.clear()  # a new session: nothing chosen before sign-in carries over
    session.permanent = True
    session.update(user=user.name, stamp=user.password_changed_at.isoformat(), since=time.time(),
                   **{CSRF_FIELD: secrets.token_urlsafe(32)})
    return redirect(_safe_next(target))


def _logout() -> Response:
    session.clear()
    return redirect(LOGIN_PATH if _auth().required else "/")


_LOGIN_STYLE = (
    "body{font:15px system-ui,sans-serif;background:#f4f4f2;color:#222;display:flex;"
    "justify-content:center;padding-top:12vh}form{background:#fff;padding:2em 2.2em;"
    "border:1px solid #ddd;border-radius:6px;width:18em}h1{font-size:1.3em;margin:0 0 1em}"
    "label{display:block;margin:.8em 0 .2em}input{width:100%;box-sizing:border-box;"
    "padding:.45em}button{margin-top:1.3em;padding:.5em 1.2em}.error{color:#a40000}\n"
)


def _login_style() -> Response:
    return Response(_LOGIN_STYLE, mimetype="text/css")


def _login_page(target: str | None, error: str | None = None) -> str:
    """The sign-in form: plain HTML, no script, no inline style."""
    message = f'<p class="error" role="alert">{escape(error)}</p>' if error else ""
    return f"""<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Sign in · geoapp</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="{LOGIN_STYLE_PATH}"></head>
<body><form method="post" action="{LOGIN_PATH}">
<h1>geoapp: sign in</h1>{message}
<label for="name">Name</label><input id="name" name="name" autocomplete="username" required autofocus>
<label for="password">Password</label>
<input id="password" name="password" type="password" autocomplete="current-password" required>
<input type="hidden" name="{CSRF_FIELD}" value="{escape(csrf_token())}">
<input type="hidden" name="next" value="{escape(_safe_next(target))}">
<button type="submit">Sign in</button>
</form></body></html>"""
