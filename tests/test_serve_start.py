"""A dashboard answers its page and a slider move without the gazetteer or any polygon."""

from __future__ import annotations

import pytest

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
    answer = client.post("/_dash-update-component", json={
        "output": f"{ids.TIMELINE}.figure", "outputs": {"id": ids.TIMELINE, "property": "figure"},
        "inputs": [{"id": i, "property": p, "value": None} for i, p in ids.FILTER_CONTROLS],
        "state": [{"id": ids.TIMELINE, "property": "figure", "value": None}],
        "changedPropIds": [f"{ids.SLIDER}.value"]},
        headers={"X-CSRFToken": client.get_cookie("_csrf_token").value})
    assert answer.status_code == 200, answer.data[:300]
