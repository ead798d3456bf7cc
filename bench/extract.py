"""Text extraction from real-style news reports: reports per second, places included.

The reports are the extraction corpus's tuning set (tests/data/extract_corpus/tuning;
200–1,500 words each, six styles, several conflicts; below the million tier its first
sixty), so the timing
covers what analysts paste in: background paragraphs, quotes and many place names.
The extractor is first warmed on the regression reports (tests/data/extract_eval), which
loads the gazetteer and builds the name automata; the corpus is then read once with the
geocoder's lookup cache cold for its names, and CPU time is what is reported (wall-clock
on a shared machine lies). Precision and recall on the same reports are noted; the
held-out set stays out of it, so that no figure read here comes from reports kept for
scoring (tests/test_extract_eval.py scores them).
"""

from __future__ import annotations

import time
import tomllib
from collections.abc import Sequence
from pathlib import Path

from bench.common import Context, Row, at_least, fmt_rate, main

TARGET_PER_S = 20
#: Reports read below the million tier (the test suite's smoke run at ten thousand events):
#: enough to time, a tenth of the corpus.
SMOKE_REPORTS = 60
DATA = Path(__file__).resolve().parents[1] / "tests" / "data"


def run(ctx: Context) -> list[Row]:
    from geoapp.extract import extract
    from geoapp.extract.evaluate import load_reports, score

    warm = tomllib.loads((DATA / "extract_eval" / "reports.toml").read_text("utf-8"))["report"]
    for r in warm:
        extract(r["text"], published=r["published"])
    corpus = load_reports(DATA / "extract_corpus" / "tuning")
    if ctx.n < 1_000_000:
        corpus = corpus[:SMOKE_REPORTS]
    found: list[int] = []

    def one(report) -> list:
        out = extract(report.text, published=report.published, source_name=report.source_name)
        found.append(len(out))
        return out

    start = time.process_time()
    quality = score(corpus, one)
    seconds = time.process_time() - start
    words = sum(len(r.text.split()) for r in corpus) / len(corpus)
    rate = len(corpus) / seconds
    return [Row(
        "text extraction (news reports)", len(corpus), fmt_rate(len(corpus), seconds, "reports"),
        metrics={"cpu_seconds": seconds, "reports_per_s": rate, "candidates": sum(found),
                 "mean_words": words, "precision": quality.precision, "recall": quality.recall},
        targets=(at_least("reports_per_s", TARGET_PER_S, f"≥ {TARGET_PER_S} reports/s"),),
        note=(f"CPU time, geocoding included; {words:,.0f} words per report, "
              f"{sum(found) / len(corpus):.1f} candidates each; tuning-set precision "
              f"{quality.precision:.2f}, recall {quality.recall:.2f}"),
    )]


def cli(argv: Sequence[str] | None = None) -> list[Row]:
    return main("extract", run, argv, runs=1)


if __name__ == "__main__":
    cli()
