"""Fresh pools (geoapp.extract.pools): each tuning report's candidates as some rules read
it, kept so the confidence model is fitted on how the rules meet reports they were not
tuned on."""

from __future__ import annotations

import pytest

from geoapp.extract import candidate_pool
from geoapp.extract.evaluate import load_reports
from geoapp.extract.pools import ROOT, TUNING, _numbers, add, load, read, save


def test_records_round_trip_to_the_same_bytes(tmp_path) -> None:
    records = {"t2": {"id": "t2", "entries": [], "rules": "abc"},
               "t1": {"id": "t1", "entries": [{"rule": True, "type": "attack",
                                               "region": None, "country": "ML",
                                               "features": {"rule": 1.0}}], "rules": "abc"}}
    first, second = tmp_path / "a.jsonl.gz", tmp_path / "b.jsonl.gz"
    save(records, first)
    save(dict(reversed(records.items())), second)
    assert load(first) == records
    assert first.read_bytes() == second.read_bytes()  # no time in the gzip header
    assert load(tmp_path / "missing.jsonl.gz") == {}


def test_today_s_rules_read_a_report_as_its_pool() -> None:
    report = load_reports(TUNING)[0]
    [record] = read(ROOT, [report.id], "HEAD")
    pool = candidate_pool(report.text, published=report.published,
                          source_name=report.source_name)
    assert record["id"] == report.id and record["rules"] == "HEAD"
    assert [(e["type"], e["region"], e["rule"]) for e in record["entries"]] == [
        (x.candidate.event.event_type, x.candidate.event.adm1_code, x.rule)
        for x in pool.entries]
    assert record["entries"][0]["features"] == pytest.approx(pool.entries[0].features)


def test_a_report_read_before_its_fixes_is_never_read_again() -> None:
    known = next(iter(load()))
    with pytest.raises(SystemExit, match=known):
        add([known], load())


def test_report_numbers_and_ranges() -> None:
    assert list(_numbers("1795")) == [1795]
    assert list(_numbers("t1795-t1797")) == [1795, 1796, 1797]
