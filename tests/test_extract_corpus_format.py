"""Every report of the extraction corpus is well formed, so that scoring never trips on a
label that cannot match (a misspelt type, an unknown region code, a `not` that contradicts
an event). Validates the files only; the extractor is never run here."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from functools import cache
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from geoapp.geocode.gazetteer import ADMIN1_FILE, COUNTRIES_FILE, DATA_DIR
from geoapp.model import EVENT_TYPES

CORPUS = Path(__file__).parent / "data" / "extract_corpus"
SPLITS = ("tuning", "heldout")
FILES = sorted(p for split in SPLITS for p in (CORPUS / split).glob("*.toml"))

STYLES = {"wire", "longform", "official", "thinktank", "telegram", "rehash"}
CONFLICTS = {"kursk", "ukraine", "sudan", "myanmar", "gaza", "sahel"}
#: Conflicts outside the six the held-out set covers, written to check that rules carry over.
OTHER_CONFLICTS = {"colombia", "drc", "ethiopia", "haiti", "mozambique", "nigeria", "somalia",
                   "syria", "yemen"}
WHY = {"background", "forecast", "planned", "denied", "hedged"}
REPORT_KEYS = {"id", "style", "conflict", "published", "source_name", "text"}
OPTIONAL_KEYS = {"event", "not", "based_on"}
MIN_WORDS, MAX_WORDS = 200, 1500
MIN_HELDOUT = 30


@cache
def _column(file: str, name: str) -> frozenset[str]:
    return frozenset(pq.read_table(DATA_DIR / file, columns=[name]).column(name).to_pylist())


def _load(path: Path) -> dict:
    return tomllib.loads(path.read_text(encoding="utf-8"))


def _where(entry: dict) -> tuple[str, str]:
    """("region", code) or ("country", ISO2): exactly one of the two must be given."""
    keys = [k for k in ("region", "country") if k in entry]
    assert len(keys) == 1, f"give exactly one of region/country: {entry}"
    return keys[0], entry[keys[0]]


def _check_where(entry: dict) -> tuple[str, str]:
    kind, code = _where(entry)
    if kind == "region":
        assert code in _column(ADMIN1_FILE, "adm1_code"), f"unknown adm1_code {code!r}"
    else:
        assert code in _column(COUNTRIES_FILE, "iso2"), f"unknown country code {code!r}"
    return kind, code


@pytest.mark.parametrize("path", FILES, ids=[f"{p.parent.name}/{p.name}" for p in FILES])
def test_report_is_well_formed(path: Path) -> None:
    report = _load(path)
    assert report.keys() >= REPORT_KEYS, f"missing {sorted(REPORT_KEYS - report.keys())}"
    assert report.keys() <= REPORT_KEYS | OPTIONAL_KEYS, (
        f"unexpected keys {sorted(report.keys() - REPORT_KEYS - OPTIONAL_KEYS)}")
    assert report["style"] in STYLES
    assert report["conflict"] in CONFLICTS | OTHER_CONFLICTS
    # A TOML date, not a string or a datetime: forecasts resolve from this day.
    assert type(report["published"]) is dt.date
    assert report["source_name"].strip()
    words = len(report["text"].split())
    assert MIN_WORDS <= words <= MAX_WORDS, f"{words} words"

    events = report.get("event", [])
    located = set()
    for event in events:
        assert event.keys() <= {"type", "region", "country", "what"}, event
        assert event["type"] in EVENT_TYPES, event
        assert event["what"].strip()
        located.add((event["type"], _check_where(event)))
    for entry in report.get("not", []):
        assert entry.keys() <= {"type", "region", "country", "why"}, entry
        assert entry["type"] in EVENT_TYPES, entry
        assert entry["why"] in WHY, entry
        # A `not` on the same type and place as an event would make scoring ambiguous.
        assert (entry["type"], _check_where(entry)) not in located, entry


def test_heldout_ids_match_file_names() -> None:
    for path in sorted((CORPUS / "heldout").glob("*.toml")):
        assert re.fullmatch(r"\d{2,3}-[a-z0-9-]+", path.stem), path.name
        assert _load(path)["id"] == f"h{path.stem}", path.name


def test_ids_are_unique_across_the_corpus() -> None:
    ids = [_load(p)["id"] for p in FILES]
    assert len(ids) == len(set(ids)), sorted({i for i in ids if ids.count(i) > 1})


def test_each_public_report_is_retold_once() -> None:
    """Two retellings of one article would let rules fitted on one score the other."""
    sources = [_load(p).get("based_on") for p in FILES]
    sources = [s for s in sources if s]
    assert len(sources) == len(set(sources)), sorted({s for s in sources if sources.count(s) > 1})


def test_heldout_has_enough_reports_and_labels() -> None:
    heldout = [_load(p) for p in sorted((CORPUS / "heldout").glob("*.toml"))]
    assert len(heldout) >= MIN_HELDOUT
    assert sum(len(r.get("event", [])) for r in heldout) >= 70
    assert {r["conflict"] for r in heldout} == CONFLICTS
    assert {r["style"] for r in heldout} == STYLES
