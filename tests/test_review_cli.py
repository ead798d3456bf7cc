"""`geoapp review`, `geoapp summary` and `geoapp incidents`, end to end on the demo store."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner

from geoapp.cli import cli
from tests.conftest import KURSK_REPORT


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def demo_only(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("demo-only") / "demo.db"
    run("demo", "--db", db)
    return db


@pytest.fixture
def with_report(demo_only, tmp_path) -> Path:
    """The demo store plus the Kursk report extracted and saved (unreviewed)."""
    db = tmp_path / "with-report.db"
    with sqlite3.connect(demo_only) as source, sqlite3.connect(db) as target:
        source.backup(target)  # the write-ahead log too, which a file copy would miss
    run("extract", KURSK_REPORT, "--published", "2024-12-23", "--save", "--db", db)
    return db


def summary(db: Path, *flags: str) -> dict:
    return json.loads(run("summary", "--json", "--db", db, *flags))


def queue(db: Path) -> list[dict]:
    return json.loads(run("review", "list", "--json", "--db", db))


def test_accepting_a_report_that_restates_the_demo_does_not_double_its_figures(demo_only,
                                                                             with_report):
    alone = summary(demo_only)
    candidates = queue(with_report)
    assert len(candidates) >= 5
    for item in candidates:
        run("review", "accept", item["event"]["event_id"], "--db", with_report)
    assert queue(with_report) == []
    again = CliRunner().invoke(cli, ["extract", str(KURSK_REPORT), "--published", "2024-12-23",
                                     "--save", "--db", str(with_report)])
    assert "added 0 / updated 0" in again.output  # accepted candidates stay accepted
    assert queue(with_report) == []
    after = summary(with_report)
    for kind in ("killed", "wounded"):
        assert after[kind] == alone[kind], kind
    assert after["events"] == alone["events"] + len(candidates)
    assert after["incidents"] < after["events"]
    assert after["sources"] > alone["sources"]
    assert alone["wounded"]["text"] != "0"


def test_unreviewed_are_left_out_of_the_totals_unless_included(demo_only, with_report):
    assert summary(with_report) == summary(demo_only)
    included = summary(with_report, "--include-unreviewed")
    assert included["include_unreviewed"] and included["events"] > summary(demo_only)["events"]
    text = run("summary", "--db", with_report, "--include-unreviewed")
    assert "including unreviewed extractions" in text and "killed" in text


def test_review_commands_reject_edit_merge_and_undo(with_report):
    items = queue(with_report)
    first, second = (i["event"]["event_id"] for i in items[:2])
    assert items[0]["span"] in KURSK_REPORT.read_text()
    assert "rejected" in run("review", "reject", first, "--reason", "not an event", "--reviewer",
                             "ann", "--db", with_report)
    out = run("review", "edit", second, "--place", "Sudzha, Kursk Oblast", "--killed-low", "",
              "--reviewer", "ann", "--db", with_report)
    assert "place" in out
    edited = next(i for i in queue(with_report) if i["event"]["event_id"] == second)["event"]
    assert (edited["place_name"], edited["geo_precision"]) == ("Sudzha", "exact")
    assert len(queue(with_report)) == len(items) - 1
    assert "undid edit" in run("review", "undo", "--reviewer", "ann", "--db", with_report)
    assert "undid reject" in run("review", "undo", "--reviewer", "ann", "--db", with_report)
    assert "nothing to undo" in run("review", "undo", "--reviewer", "ann", "--db", with_report)
    assert len(queue(with_report)) == len(items)
    bad = CliRunner().invoke(cli, ["review", "accept", "x:nope", "--db", str(with_report)])
    assert bad.exit_code == 1 and "no event 'x:nope'" in bad.output


def test_incidents_list_the_restatements_with_their_sources(with_report):
    listed = json.loads(run("incidents", "--json", "--include-unreviewed", "--country", "RU",
                            "--db", with_report))
    assert listed and all(len(i["events"]) > 1 for i in listed)
    three_days = next(i for i in listed if "kursk-2024-12:three-days" in i["events"])
    assert three_days["killed"]["text"] == "50" and three_days["wounded"]["text"] == "47"
    text = run("incidents", "--include-unreviewed", "--min-sources", "2", "--db", with_report)
    assert "source(s)" in text
    for line in text.splitlines():
        assert not any(ord(c) < 32 for c in line)


def test_terminal_output_drops_control_characters(tmp_path, make_event):
    from geoapp.frames import events_to_frame
    from geoapp.store import Batch, open_store

    db = tmp_path / "evil.db"
    store = open_store(db)
    evil = make_event(event_id="x:evil", status="unreviewed", source_name="\x1b[31mred\x1b[0m",
                      location_text="Sudzha\x07")
    store.write_batch(Batch.from_frame(events_to_frame([evil]), source="f", format="f"))
    store.close()
    out = run("review", "list", "--db", db)
    assert "\x1b" not in out and "\x07" not in out and "[31mred" in out


def test_a_candidate_names_its_region_and_the_names_namesakes_elsewhere(demo_only, tmp_path):
    """Andriivka is a name shared by villages in several oblasts: the candidate is shown
    with the region it stands in, and the list of other readings names each namesake by its
    own region, none taken for the one the candidate stands at."""
    db = tmp_path / "namesake.db"
    with sqlite3.connect(demo_only) as source, sqlite3.connect(db) as target:
        source.backup(target)
    report = tmp_path / "andriivka.txt"
    report.write_text("Ukrainian forces repelled an assault near the village of Andriivka in "
                      "Sumy region on Tuesday, killing at least 12 attackers, the General Staff "
                      "said.\n", encoding="utf-8")
    run("extract", report, "--published", "2025-03-04", "--save", "--db", db)
    lines = run("review", "list", "--db", db).splitlines()
    assert ", Sumy Oblast, UA [" in lines[0]
    others = next(line for line in lines if line.lstrip().startswith("or: "))
    namesakes = others.strip().removeprefix("or: ").split("; ")
    assert namesakes and all(n.count(", ") >= 2 for n in namesakes), namesakes  # by region
    assert not any("Sumy Oblast" in n for n in namesakes)
