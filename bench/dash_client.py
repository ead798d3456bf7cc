"""One dashboard user for the benches: what the page's renderer sends, on a keep-alive session.

It keeps the session cookie, sends the CSRF token Dash's renderer sends (the
``_csrf_token`` cookie as ``X-CSRFToken``) and can sign in through the form.
"""

from __future__ import annotations

from typing import Any

import requests

TIMEOUT = 120


class DashClient:
    """A browser's HTTP side: cookies, the CSRF header, JSON in and out."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.session = requests.Session()

    def open(self) -> DashClient:
        """Load the page (which sets the CSRF cookie), as a browser does first."""
        self.session.get(self.url + "/", timeout=TIMEOUT).raise_for_status()
        return self

    def sign_in(self, name: str, password: str) -> DashClient:
        self.session.get(self.url + "/geoapp/login", timeout=TIMEOUT).raise_for_status()
        response = self.session.post(self.url + "/geoapp/login", timeout=TIMEOUT, data={
            "name": name, "password": password, "next": "/",
            "csrf_token": self.session.cookies["_csrf_token"]})
        response.raise_for_status()
        if response.url.rstrip("/") != self.url:
            raise RuntimeError(f"signing in as {name} failed: {response.status_code}")
        return self

    def get_json(self, path: str) -> Any:
        response = self.session.get(self.url + path, timeout=TIMEOUT)
        response.raise_for_status()
        return response.json()

    def post_callback(self, body: dict) -> tuple[dict, int]:
        """One callback request; its answer and size in bytes (raises on any HTTP error)."""
        response = self.session.post(
            self.url + "/_dash-update-component", json=body, timeout=TIMEOUT,
            headers={"X-CSRFToken": self.session.cookies.get("_csrf_token", "")})
        response.raise_for_status()
        return (response.json() if response.content else {}), len(response.content)

    def close(self) -> None:
        self.session.close()
