"""`geoapp extract`: readable list, JSON, and idempotent saving as unreviewed events."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.store import open_store

REPORT = """KHARKIV, Ukraine (AP) — A Russian guided bomb struck a residential block in Kharkiv \
on Sunday, killing three people and wounding 28, regional governor Oleh Syniehubov said.
Documents found on the bodies of two Russian soldiers near Kupiansk listed their birthplace as \
Tuva.
"""


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_human_output_lists_each_candidate(tmp_path: Path) -> None:
    path = _write(tmp_path, "kharkiv.txt", REPORT)
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2024-11-18"])
    assert result.exit_code == 0, result.output
    assert "1. attack" in result.output and "Kharkiv" in result.output
    assert "killed 3, wounded 28" in result.output
    assert "related: dateline Kharkiv" in result.output
    assert "candidate event(s)" in result.output


def test_json_output_has_span_confidence_and_cues(tmp_path: Path) -> None:
    path = _write(tmp_path, "kharkiv.txt", REPORT)
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2024-11-18",
                                      "--source-name", "AP", "--url", "https://example.org/a",
                                      "--json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    attack = next(r for r in records if r["event_type"] == "attack")
    assert (attack["killed_low"], attack["wounded_low"]) == (3, 28)  # its toll
    assert "casualty_report" not in {r["event_type"] for r in records}
    for r in records:
        start, end = r["span"]
        assert REPORT[start:end] == r["quote"]
        assert r["status"] == "unreviewed" and r["cues"] and 0 < r["confidence"] <= 1
        assert r["source_url"] == "https://example.org/a"


def test_outlet_is_stored_and_filterable_as_a_source(tmp_path: Path) -> None:
    path = _write(tmp_path, "kharkiv.txt", REPORT)
    db = tmp_path / "geoapp.db"
    saved = CliRunner().invoke(cli, ["extract", str(path), "--published", "2024-11-18",
                                     "--source-name", "Kyiv Post", "--save", "--db", str(db)])
    assert saved.exit_code == 0, saved.output
    stored = open_store(db).read_frame()
    assert set(stored["publisher"]) == {"Kyiv Post"}
    attack = stored[stored["event_type"] == "attack"].iloc[0]
    assert attack["source_name"] == "regional governor Oleh Syniehubov"  # he said so
    listed = CliRunner().invoke(cli, ["export", "-o", str(tmp_path / "out.csv"), "--db", str(db),
                                      "--source", "Kyiv Post", "--include-unreviewed"])
    assert listed.exit_code == 0, listed.output
    rows = (tmp_path / "out.csv").read_text(encoding="utf-8").strip().splitlines()
    assert len(rows) - 1 == len(stored)


def test_forecasts_only_on_request(tmp_path: Path) -> None:
    text = REPORT + "More troops are expected to arrive in the Kharkiv region next week.\n"
    path = _write(tmp_path, "kharkiv.txt", text)
    base = ["extract", str(path), "--published", "2024-11-18", "--json"]
    default = json.loads(CliRunner().invoke(cli, base).output)
    wider = json.loads(CliRunner().invoke(cli, [*base, "--include-forecasts"]).output)
    assert "forecast" not in {r["modality"] for r in default}
    assert [r["event_type"] for r in wider if r["modality"] == "forecast"] == ["troop_deployment"]


def test_save_twice_adds_nothing_the_second_time(tmp_path: Path) -> None:
    path = _write(tmp_path, "kharkiv.md", "# Strike\n\n" + REPORT)
    db = tmp_path / "geoapp.db"
    args = ["extract", str(path), "--published", "2024-11-18", "--save", "--db", str(db)]
    first = CliRunner().invoke(cli, args)
    assert first.exit_code == 0, first.output
    stored = open_store(db).read_frame()
    assert len(stored) >= 2 and set(stored["status"]) == {"unreviewed"}
    attack = stored[stored["event_type"] == "attack"].iloc[0]
    assert (attack["adm1_code"], attack["country"]) == ("UKR-328", "UA")
    second = CliRunner().invoke(cli, args)
    assert second.exit_code == 0, second.output
    assert "added 0" in second.output
    assert len(open_store(db).read_frame()) == len(stored)


def test_save_refuses_open_dates(tmp_path: Path) -> None:
    path = _write(tmp_path, "undated.txt", "Russian drones attacked Kharkiv last night.")
    result = CliRunner().invoke(cli, ["extract", str(path), "--save",
                                      "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1
    assert "--published" in result.output


def test_html_reports_are_reduced_to_text(tmp_path: Path) -> None:
    page = ("<html><head><style>p{}</style></head><body><nav>Menu</nav>"
            "<p>Russian artillery shelled Kherson on Tuesday, killing two men.</p></body></html>")
    path = _write(tmp_path, "page.html", page)
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2024-09-03", "--json"])
    records = json.loads(result.output)
    # the toll belongs to its attack
    assert [(r["event_type"], r["adm1_code"], r["killed_low"]) for r in records] == [
        ("attack", "UKR-4827", 2)]
    assert "Menu" not in records[0]["quote"]


@pytest.mark.parametrize("encoding", ["utf-16", "cp1252", "utf-8-sig"])
def test_reports_in_other_text_encodings(tmp_path: Path, encoding: str) -> None:
    # Notepad's "Unicode" (UTF-16 with a byte-order mark) and Windows-1252 files read as
    # ingest reads them; the quote keeps the accented letter.
    path = tmp_path / "r.txt"
    path.write_text("Russian artillery shelled Kherson on Tuesday, killing two men, "
                    "the café owner said.", encoding=encoding)
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "2024-09-03", "--json"])
    records = json.loads(result.output)
    assert [(r["event_type"], r["adm1_code"]) for r in records] == [("attack", "UKR-4827")]
    assert "café" in records[0]["quote"]


def test_bad_publication_date(tmp_path: Path) -> None:
    path = _write(tmp_path, "r.txt", REPORT)
    result = CliRunner().invoke(cli, ["extract", str(path), "--published", "23/12/2024"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output
