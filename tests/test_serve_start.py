"""A dashboard answers its page and a slider move without the gazetteer or any polygon."""

from __future__ import annotations

import pytest
from helpers.dash_http import call

from geoapp.dashboard import ids
from geoapp.dashboard.app import create_app
from geoapp.geocode import gazetteer, geometry
from geoapp.store import open_store
from geoapp.styles import outlines


def _refuse(what: str):
    def refused(*_args, **_kwargs):
        raise AssertionError(f"{what} was loaded to answer the first page")
    return refused


@pytest.fixture
def nothing_heavy(monkeypatch):
    """The name index and the polygons refuse to load; outlines start from nothing."""
    for module in (gazetteer, geometry):
        monkeypatch.setattr(module, "gazetteer", _refuse("the gazetteer"))
        monkeypatch.setattr(module, "admin1_frame", _refuse("the admin-1 polygons"))
    monkeypatch.setattr(geometry, "_countries", _refuse("the country polygons"))
    outlines.outlines.cache_clear()
    yield
    outlines.outlines.cache_clear()


def test_page_layout_and_a_slider_answer_need_no_gazetteer_nor_polygons(demo_db, nothing_heavy):
    app = create_app(open_store(demo_db), tiles="none", background=False)
    client = app.server.test_client()
    page = client.get("/")
    assert page.status_code == 200
    layout = client.get("/_dash-layout")
    assert layout.status_code == 200 and b"Kursk" in layout.data  # region names are there
    answer = call(client, app, f"{ids.TIMELINE}.figure", {}, f"{ids.SLIDER}.value")
    assert answer[ids.TIMELINE]["figure"]["data"]  # the timeline was drawn
