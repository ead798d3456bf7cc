"""The dashboard's Animation button: the current view rendered on the server, with progress."""

from __future__ import annotations

import pytest
from PIL import Image

pytestmark = pytest.mark.browser

#: Three months of the demo data, played a month at a step.
VIEW = "?date_from=2024-10-01&date_to=2024-12-31&step=month"


@pytest.fixture(scope="module")
def own_demo_server(demo_db, tmp_path_factory, serve_store):
    """A server of this module's own: rendering is heavy work the session's server is spared."""
    db = tmp_path_factory.mktemp("animation") / "demo.db"
    db.write_bytes(demo_db.read_bytes())
    with serve_store(db) as url:
        yield url


def test_the_gif_button_renders_the_view_with_progress(dashboard, own_demo_server, tmp_path):
    dash = dashboard.open(own_demo_server + VIEW)
    status = dash.page.locator("#animation-status")
    with dash.page.expect_download(timeout=180_000) as download:
        dash.page.locator("#animate-gif").click()
        dash.page.wait_for_function(
            "() => /Rendering frame|Waiting|Starting/.test("
            "document.querySelector('#animation-status').textContent)")
    path = tmp_path / "view.gif"
    download.value.save_as(path)
    with Image.open(path) as gif:
        assert gif.n_frames == 3 and gif.size == (1280, 720)  # October, November, December
    dash.page.wait_for_function(
        "() => document.querySelector('#animation-status').textContent.includes('ready')")
    assert status.inner_text() == "GIF ready: 3 frames"
    assert dash.errors == []
