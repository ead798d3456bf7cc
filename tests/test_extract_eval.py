"""Precision and recall of `geoapp extract` on hand-labelled reports.

Three sets, scored alike (geoapp.extract.evaluate: type plus region, or country where the
report names no region; one-to-one; every proposed candidate counts):

* ``extract_corpus/heldout``: written independently and never tuned on. Its figures are
  the ones that count (README). Its floors sit just under the figures reached, so a change
  that loses ground fails; the aim (precision 0.85, recall 0.80) is not reached yet and
  the README says so.
* ``extract_corpus/tuning``: what the rules were tuned on, held to a floor too (its
  newest batches were added before any rule was tuned on them).
* ``extract_eval/reports.toml``: short wire reports, kept as a regression set. Their
  labels predate the corpus rules (a strike and its toll are two labels there, one here),
  so only their precision is held to a floor.
"""

from __future__ import annotations

import tomllib
from functools import cache
from pathlib import Path

import pytest

from geoapp.extract import extract
from geoapp.extract.evaluate import LabelledReport, Score, load_reports, score

pytestmark = pytest.mark.slow  # every tuning and held-out report is read

DATA = Path(__file__).resolve().parent / "data"
CORPUS = DATA / "extract_corpus"
REGRESSION = DATA / "extract_eval" / "reports.toml"
#: (precision, recall) floors, a little under what extraction reaches now (lowered from
#: 0.74 / 0.75 when h31–h60, thirty reports retold from public reports, joined the set and
#: were first read at 0.68 / 0.63, 0.80 / 0.67 and 0.65 / 0.52; h01–h30 alone read 0.74 /
#: 0.77; precision lowered from 0.72 when h61–h70 joined, first read at 0.70 / 0.73; recall
#: lowered from 0.69 when h71–h80 joined, first read at 0.82 / 0.56; recall raised from
#: 0.68 when the widened gazetteer took it to 0.711; both raised by 0.01 when rounds
#: sixty-one to sixty-five took the set to 0.736 / 0.724; precision raised and recall
#: lowered when the gate came to be fitted on fresh pools, trading recall for precision
#: as it was chosen to on the newest tuning reports, and took the set from 0.739 / 0.724
#: to 0.780 / 0.699).
HELDOUT_FLOOR = (0.77, 0.69)
#: (precision, recall) floors of the tuning set. They hold its newest batch too, added
#: before any rule was fitted on it (recall lowered from 0.89 when rounds 28–29 added 40
#: reports first read at 0.58–0.71, from 0.88 when rounds 31–34 added 80 more first read
#: at 0.48–0.81, and from 0.87 when rounds 35–38 added 70 more first read at 0.51–0.75;
#: precision lowered from 0.95 when rounds 39–43 added 100 more first read at 0.52–0.78,
#: and to 0.93 / 0.85 when rounds 57–60 added 80 more first read at 0.58–0.71, the set
#: then at 0.938 / 0.862; to 0.92 / 0.80 when the gate came to be fitted on fresh pools:
#: it doubts right candidates of the tuning reports as it would on new reporting, where
#: the rules meet them untuned, and took the set from 0.930 / 0.852 to 0.928 / 0.808;
#: recall to 0.79 when round 116 added 30 reports first read at 0.75 / 0.25, 0.86 / 0.60
#: and 0.94 / 0.76 and its refit cost the older reports five labels net: rounds 116–120
#: took the set from 0.921 / 0.796 to 0.922 / 0.799, every change compared report by
#: report with none lost; precision to 0.91 when rounds 121–124 added 90 reports first
#: read at 0.73–0.93 precision, the newest thirty at 0.74–0.88 with one pass of rules
#: on them, the set then at 0.919 / 0.798); recall to 0.78 when round 141 added 30 reports
#: first read at 0.83 / 0.65, 0.80 / 0.55 and 0.76 / 0.48, the set then at 0.912 / 0.787
#: with no label lost by any change).
TUNING_FLOOR = (0.91, 0.78)


def _run(report: LabelledReport):
    return extract(report.text, published=report.published, source_name=report.source_name)


def _regression() -> list[LabelledReport]:
    out = []
    for r in tomllib.loads(REGRESSION.read_text(encoding="utf-8"))["report"]:
        # a label without region or country is an unplaced event, never proposed now
        events = tuple(e for e in r.get("event", []) if "region" in e or "country" in e)
        out.append(LabelledReport(r["id"], "wire", "", r["published"], None, r["text"],
                                  events, ()))
    return out


@cache
def _scored(name: str) -> Score:
    """One set's score, read and run only by the tests that ask for it (deselecting the
    held-out test leaves the held-out set unread)."""
    s = score(_regression() if name == "regression" else load_reports(CORPUS / name), _run)
    print(s.line(f"extract eval ({name})"))
    return s


def test_tuning_corpus_is_big_and_varied() -> None:
    reports = load_reports(CORPUS / "tuning")
    assert len(reports) >= 50
    assert {r.style for r in reports} >= {"wire", "longform", "official", "thinktank",
                                          "telegram", "rehash"}
    assert {r.conflict for r in reports} >= {"kursk", "ukraine", "sudan", "myanmar", "gaza",
                                             "sahel"}
    assert all(200 <= len(r.text.split()) <= 1500 for r in reports)
    assert sum(len(r.nots) for r in reports) >= 50


def test_heldout_precision_and_recall() -> None:
    """The figure that counts: reports nobody tuned on."""
    s = _scored("heldout")
    assert s.labelled >= 60
    assert s.precision >= HELDOUT_FLOOR[0], s.line("held out")
    assert s.recall >= HELDOUT_FLOOR[1], s.line("held out")


def test_tuning_precision_and_recall() -> None:
    s = _scored("tuning")
    assert s.precision >= TUNING_FLOOR[0], s.line("tuning")
    assert s.recall >= TUNING_FLOOR[1], s.line("tuning")


def test_regression_precision() -> None:
    s = _scored("regression")
    assert s.precision >= 0.85, s.line("regression")
