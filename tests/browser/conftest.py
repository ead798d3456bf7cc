"""Browser test fixtures: the demo data served by `geoapp serve`, driven by Debian's Chromium.

The server runs as a subprocess on a free port with ``--tiles none``, so the
tests need no network. Chromium must be installed (``make browser``); without
it the tests fail with instructions rather than skip.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from helpers.serving import serving
from playwright.sync_api import BrowserContext, Page

from geoapp.server import passwords
from geoapp.store import open_store

VIEWPORT = {"width": 1600, "height": 1000}
TIMEOUT_MS = 60_000  # a bound, not a wait: the suite shares 2 cores with servers of 2 workers
TEAM_PASSWORD = "a long passphrase"
#: The README's pictures, which tests take on the way: kept when this is set (`make pictures`).
PICTURES = Path(__file__).resolve().parents[2] / "docs"


def picture_path(name: str, tmp_path: Path) -> Path:
    """Where a test saves the README picture ``name``: in docs/ under `make pictures`, else
    in the test's own folder, so that a test run leaves the checkout as it was."""
    return PICTURES / name if os.environ.get("GEOAPP_PICTURES") else tmp_path / name


@contextmanager
def serve(db: Path, *args: str) -> Iterator[str]:
    """`geoapp serve` on ``db`` until the block ends; yields its base URL."""
    with serving(db, *args) as served:
        yield served.url


@contextmanager
def serve_team(demo_db: Path, folder: Path, roles: dict[str, str],
               *args: str) -> Iterator[tuple[str, Path]]:
    """A copy of the demo data with these accounts (name → role, each with
    :data:`TEAM_PASSWORD`) served with sign-in; yields its base URL and the copy."""
    db = folder / "team.db"
    shutil.copy(demo_db, db)
    store = open_store(db)
    for name, role in roles.items():
        store.add_user(name, role, passwords.hash_password(TEAM_PASSWORD))
    store.close()
    with serving(db, "--auth", *args) as served:
        yield served.url, db


@pytest.fixture(scope="session")
def serve_store():
    """Serve a store of a test's own: ``with serve_store(db) as url: …``."""
    return serve


@pytest.fixture(scope="session")
def server(demo_db) -> Iterator[str]:
    with serve(demo_db) as url:
        yield url


class Dashboard:
    """The page as a user sees it: read figures, use controls, collect errors."""

    def __init__(self, page: Page) -> None:
        self.page = page
        self.errors: list[str] = []
        self.pending = 0  # callback requests sent and not yet answered
        page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("request", lambda r: self._count(r, 1))
        page.on("requestfinished", lambda r: self._count(r, -1))
        page.on("requestfailed", lambda r: self._count(r, -1))
        page.set_default_timeout(TIMEOUT_MS)

    def _count(self, request, step: int) -> None:
        if "/_dash-update-component" in request.url:
            self.pending += step

    def open(self, url: str) -> Dashboard:
        self.page.goto(url)
        self.page.locator("#stat-events").wait_for()
        self.settle()
        return self

    def settle(self, quiet_ms: int = 400) -> None:
        """Wait until no callback has run for ``quiet_ms`` (chained callbacks leave short gaps)."""
        deadline = time.monotonic() + TIMEOUT_MS / 1000
        quiet_since = time.monotonic()
        while time.monotonic() - quiet_since < quiet_ms / 1000:
            if time.monotonic() > deadline:
                pytest.fail(f"the page kept updating for {TIMEOUT_MS / 1000:.0f} s")
            self.page.wait_for_timeout(50)
            busy = self.pending > 0 or self.page.evaluate(
                "() => !!document.querySelector('[data-dash-is-loading]')")
            if busy:
                quiet_since = time.monotonic()

    def count(self) -> int:
        return int(re.sub(r"\D", "", self.page.locator("#stat-events").text_content() or ""))

    def expect_count(self, expected: int) -> None:
        """Wait for the events figure to read ``expected``."""
        self.page.wait_for_function(
            "n => (document.querySelector('#stat-events')?.textContent || '')"
            ".replace(/\\D/g, '') === String(n)", arg=expected)

    def window(self) -> tuple[str, str]:
        return (self.page.locator(".dash-datepicker-start-date").input_value(),
                self.page.locator(".dash-datepicker-end-date").input_value())

    def press_on_thumb(self, thumb: int, key: str, times: int) -> tuple[str, str]:
        """Press ``key`` on a slider thumb (0 start, 1 end); waits for the page to follow and
        returns the window the slider ended on."""
        self.page.get_by_role("slider").nth(thumb).focus()
        for _ in range(times):
            self.page.keyboard.press(key)
        days = [int(self.page.get_by_role("slider").nth(i).get_attribute("aria-valuenow"))
                for i in (0, 1)]
        window = tuple(str(dt.date(1970, 1, 1) + dt.timedelta(days=d)) for d in days)
        self.page.wait_for_function(
            "w => document.querySelector('.dash-datepicker-start-date').value === w[0]"
            " && document.querySelector('.dash-datepicker-end-date').value === w[1]", arg=window)
        self.settle()
        return window

    def drawn(self) -> int:
        """The events the map draws, as its caption says (SVG or canvas alike)."""
        caption = self.page.locator("#map-caption").text_content() or ""
        return int(re.match(r"[\d,]*", caption).group().replace(",", "") or 0)

    def expect_drawn(self, expected: int) -> None:
        self.page.wait_for_function(
            "n => (document.querySelector('#map-caption')?.textContent || '')"
            ".match(/^[\\d,]*/)[0].replace(/,/g, '') === String(n)", arg=expected)

    def markers(self) -> int:
        """Event markers drawn as SVG elements (small selections; large ones use a canvas)."""
        return self.page.locator(".geoapp-marker").count()

    def details(self) -> str:
        return self.page.locator("#details").inner_text()


@pytest.fixture(scope="session")
def browser_context(browser) -> Iterator[BrowserContext]:
    """One context for the session, so the page's scripts are downloaded once (nothing the
    dashboard does is kept in the browser between pages)."""
    context = browser.new_context(viewport=VIEWPORT, accept_downloads=True)
    yield context
    context.close()


@pytest.fixture
def new_dashboard(browser_context) -> Iterator:
    """Open more pages (a link opened in another tab)."""
    pages: list[Page] = []

    def make() -> Dashboard:
        pages.append(browser_context.new_page())
        return Dashboard(pages[-1])
    yield make
    for page in pages:
        if not page.is_closed():
            page.close()


@pytest.fixture
def dashboard(new_dashboard) -> Dashboard:
    return new_dashboard()


@pytest.fixture
def own_server(demo_db, tmp_path) -> Iterator[tuple[str, Path]]:
    """A server on a copy of the demo store, for a test that changes the data."""
    db = tmp_path / "copy.db"
    db.write_bytes(demo_db.read_bytes())
    with serve(db) as url:
        yield url, db
