"""Sign-in, sessions, CSRF and roles on the assembled dashboard, over HTTP (Flask's client).

The change guarded here is registered the way review code registers its own: a Dash
callback and a Flask route under ``require_role``; the guard is the one they use.
"""

from __future__ import annotations

import shutil

import pytest
from dash import Input, Output
from helpers.dash_http import csrf_headers

from geoapp.dashboard.app import create_app
from geoapp.server import auth, passwords
from geoapp.server.auth import current_user, require_role
from geoapp.store import open_store
from geoapp.store.users import local_user

PASSWORD = "a long passphrase"
ACCOUNTS = {"vera": "viewer", "eddie": "editor", "ada": "admin", "lou": "viewer",
            "temp": "editor"}


def _guarded(app) -> None:
    """An editor-only callback and an admin-only route, as review and account admin add them."""

    @app.callback(Output("change-result", "children"), Input("change-button", "n_clicks"),
                  prevent_initial_call=True)
    @require_role("editor")
    def change(clicks):
        return f"changed by {current_user()}"

    @app.server.post("/test/admin-change")
    @require_role("admin")
    def admin_change():
        return current_user()


@pytest.fixture(scope="module")
def store(demo_db, tmp_path_factory):
    path = tmp_path_factory.mktemp("auth") / "geoapp.db"
    shutil.copy(demo_db, path)
    store = open_store(path)
    hashed = passwords.hash_password(PASSWORD)
    for name, role in ACCOUNTS.items():
        store.add_user(name, role, hashed)
    yield store
    store.close()


@pytest.fixture(scope="module")
def app(store):
    app = create_app(store, tiles="none", auth=True)
    _guarded(app)
    return app


@pytest.fixture
def client(app):
    return app.server.test_client()


def sign_in(client, name: str, password: str = PASSWORD, target: str = "/"):
    client.get(auth.LOGIN_PATH)
    return client.post(auth.LOGIN_PATH, data={"name": name, "password": password, "next": target,
                                               "csrf_token": client.get_cookie("_csrf_token").value})


def change(client, headers: dict | None = None):
    """The guarded callback, posted as Dash's renderer posts it."""
    body = {"output": "change-result.children",
            "outputs": {"id": "change-result", "property": "children"},
            "inputs": [{"id": "change-button", "property": "n_clicks", "value": 1}],
            "state": [], "changedPropIds": ["change-button.n_clicks"]}
    return client.post("/_dash-update-component", json=body,
                       headers=csrf_headers(client) if headers is None else headers)


@pytest.mark.parametrize("path, status", [
    ("/", 302), ("/assets/geoapp.css", 302), ("/geoapp/download/events.csv", 302),
    ("/geoapp/boundaries/countries.geojson", 302), ("/_dash-layout", 401),
    ("/_dash-dependencies", 401)])
def test_nothing_but_the_sign_in_form_answers_without_an_account(client, path, status):
    page = client.get(path, headers={"Accept": "text/html"})  # as a browser asks
    api = client.get(path, headers={"Accept": "application/json"})  # as a script asks
    assert (page.status_code, api.status_code) == (status, 401)
    if status == 302:
        assert page.headers["Location"].startswith(auth.LOGIN_PATH + "?next=")
    assert b"UCDP" not in page.data + api.data and b"Kursk" not in page.data + api.data
    assert client.get(auth.LOGIN_PATH).status_code == 200


def test_a_callback_without_an_account_gets_401(client):
    assert change(client).status_code == 401


def test_signing_in_opens_the_dashboard_with_the_account_shown(client):
    response = sign_in(client, "vera", target="/?sources=x")
    assert response.status_code == 302 and response.headers["Location"] == "/?sources=x"
    assert client.get("/").status_code == 200
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200 and "vera (viewer)" in layout.get_data(as_text=True)
    download = client.get("/geoapp/download/events.csv")
    assert download.status_code == 200 and download.data.count(b"\n") > 1000


def test_wrong_passwords_and_unknown_names_get_the_same_answer(client):
    wrong = sign_in(client, "vera", "not the password")
    unknown = sign_in(client, "nobody", PASSWORD)
    assert wrong.status_code == unknown.status_code == 401
    assert b"Wrong name or password" in wrong.data and b"Wrong name or password" in unknown.data
    assert client.get("/_dash-layout").status_code == 401


def test_the_sign_in_form_needs_its_csrf_token(client):
    client.get(auth.LOGIN_PATH)
    response = client.post(auth.LOGIN_PATH, data={"name": "vera", "password": PASSWORD})
    assert response.status_code == 403
    assert client.get("/_dash-layout").status_code == 401


@pytest.mark.parametrize("target, expected", [("//evil.example/x", "/"), ("https://evil.example", "/"),
                                              ("/\\evil.example", "/"), ("/?lat=50", "/?lat=50")])
def test_after_signing_in_only_a_page_of_this_server_follows(client, target, expected):
    assert sign_in(client, "vera", target=target).headers["Location"] == expected


def test_a_viewer_is_refused_a_change_on_the_server(client):
    sign_in(client, "vera")
    refused = change(client)
    assert refused.status_code == 403 and b"needs the editor role" in refused.data
    admin_only = client.post("/test/admin-change", headers=csrf_headers(client))
    assert admin_only.status_code == 403


def test_an_editor_changes_and_is_recorded_as_the_author(client):
    sign_in(client, "eddie")
    allowed = change(client)
    assert allowed.status_code == 200, allowed.data
    assert "changed by eddie" in allowed.get_data(as_text=True)
    assert client.post("/test/admin-change", headers=csrf_headers(client)).status_code == 403


def test_an_admin_may_do_what_an_admin_route_guards(client):
    sign_in(client, "ada")
    response = client.post("/test/admin-change", headers=csrf_headers(client))
    assert (response.status_code, response.get_data(as_text=True)) == (200, "ada")


def test_changes_need_the_csrf_token_and_this_origin(client):
    sign_in(client, "eddie")
    token = csrf_headers(client)
    assert change(client, headers={}).status_code == 403
    assert change(client, headers={"X-CSRFToken": "forged"}).status_code == 403
    assert change(client, headers={**token, "Origin": "http://evil.example"}).status_code == 403
    assert change(client, headers={**token, "Referer": "http://evil.example/"}).status_code == 403
    assert change(client, headers={**token, "Origin": "http://localhost"}).status_code == 200
    assert client.post("/test/admin-change").status_code == 403  # a form post without a token


def test_session_cookie_is_httponly_samesite_and_secure_over_https(app):
    def cookies(base_url: str) -> dict[str, str]:
        client = app.server.test_client()
        client.get(auth.LOGIN_PATH, base_url=base_url)
        token = client.get_cookie("_csrf_token").value
        response = client.post(auth.LOGIN_PATH, base_url=base_url, data={
            "name": "vera", "password": PASSWORD, "csrf_token": token})
        assert response.status_code == 302
        return {c.split("=", 1)[0]: c for c in response.headers.getlist("Set-Cookie")}

    plain, tls = cookies("http://localhost"), cookies("https://localhost")
    for jar in (plain, tls):
        assert "HttpOnly" in jar[auth.SESSION_COOKIE] and "SameSite=Lax" in jar[auth.SESSION_COOKIE]
        assert "HttpOnly" not in jar[auth.CSRF_COOKIE]  # Dash's renderer reads it
    assert "Secure" not in plain[auth.SESSION_COOKIE]
    assert "Secure" in tls[auth.SESSION_COOKIE] and "Secure" in tls[auth.CSRF_COOKIE]


def test_removal_a_new_password_or_a_new_role_apply_to_open_sessions(app, store, monkeypatch):
    monkeypatch.setattr(auth, "ACCOUNT_CACHE_SECONDS", 0.0)
    client = app.server.test_client()
    sign_in(client, "temp")
    assert change(client).status_code == 200
    store.set_role("temp", "viewer")
    assert change(client).status_code == 403
    store.set_role("temp", "editor")
    store.set_password("temp", passwords.hash_password(PASSWORD + " new"))
    assert client.get("/_dash-layout").status_code == 401
    sign_in(client, "temp", PASSWORD + " new")
    assert client.get("/_dash-layout").status_code == 200
    store.remove_user("temp")
    assert client.get("/_dash-layout").status_code == 401


def test_a_session_ends_after_its_hours(client, monkeypatch):
    sign_in(client, "vera")
    assert client.get("/_dash-layout").status_code == 200
    monkeypatch.setattr(auth, "SESSION_HOURS", 0)
    assert client.get("/_dash-layout").status_code == 401


def test_signing_out_ends_the_session(client):
    sign_in(client, "vera")
    response = client.post(auth.LOGOUT_PATH, data={"csrf_token": csrf_headers(client)["X-CSRFToken"]})
    assert response.status_code == 302 and response.headers["Location"] == auth.LOGIN_PATH
    assert client.get("/_dash-layout").status_code == 401


def test_repeated_failures_lock_the_name_out(client, monkeypatch):
    monkeypatch.setattr(auth, "MAX_FAILURES", 3)
    for _ in range(3):
        assert sign_in(client, "lou", "not the password").status_code == 401
    locked = sign_in(client, "lou")
    assert locked.status_code == 429 and b"Too many failed sign-ins" in locked.data
    assert sign_in(client, "vera").status_code == 302  # other names are not affected


def test_loopback_use_needs_no_account_acts_as_the_os_user_and_still_checks_csrf(store):
    app = create_app(store, tiles="none")
    _guarded(app)
    client = app.server.test_client()
    assert client.get("/").status_code == 200
    assert b"account-name" not in client.get("/_dash-layout").data
    allowed = change(client)
    assert allowed.status_code == 200 and f"changed by {local_user()}" in allowed.get_data(as_text=True)
    assert change(client, headers={}).status_code == 403


def test_outside_a_request_the_author_is_the_os_user():
    assert current_user() == local_user()
