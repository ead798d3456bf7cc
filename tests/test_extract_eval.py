"""Precision and recall on hand-labelled wire-style reports (tests/data/extract_eval)."""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path

import pytest

from geoapp.extract import Candidate, extract

EVAL = Path(__file__).resolve().parent / "data" / "extract_eval" / "reports.toml"


def _agrees(label: dict, cand: Candidate) -> bool:
    e = cand.event
    if e.event_type != label["type"]:
        return False
    if "region" in label:
        return e.adm1_code == label["region"]
    if "country" in label:
        return e.country == label["country"]
    return e.country is None


def _score(report: dict) -> tuple[int, int, int]:
    """(matched, candidates, labels) with a one-to-one matching in report order."""
    found = extract(report["text"], published=report["published"])
    free = list(range(len(found)))
    matched = 0
    for label in report.get("event", []):
        j = next((j for j in free if _agrees(label, found[j])), None)
        if j is not None:
            free.remove(j)
            matched += 1
    return matched, len(found), len(report.get("event", []))


@pytest.fixture(scope="module")
def reports() -> list[dict]:
    return tomllib.loads(EVAL.read_text(encoding="utf-8"))["report"]


def test_eval_set_is_big_enough(reports) -> None:
    assert len(reports) >= 15
    assert sum(len(r.get("event", [])) for r in reports) >= 40
    assert all(isinstance(r["published"], dt.date) for r in reports)


def test_precision_and_recall(reports) -> None:
    rows = {"all": [0, 0, 0], "held out": [0, 0, 0]}
    for report in reports:
        scores = _score(report)
        for key in ("all", "held out") if report.get("held_out") else ("all",):
            rows[key] = [a + b for a, b in zip(rows[key], scores, strict=True)]
    for key, (matched, found, labels) in rows.items():
        print(f"extract eval ({key}): precision {matched / found:.3f} ({matched}/{found}), "
              f"recall {matched / labels:.3f} ({matched}/{labels})")
    matched, found, labels = rows["all"]
    assert matched / found >= 0.9
    assert matched / labels >= 0.85
