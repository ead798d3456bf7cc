"""Score extraction against hand-labelled reports: the figures the corpus is judged by.

A labelled report is one TOML file (``tests/data/extract_corpus/<set>/NN-slug.toml``):
its text, publication date and outlet, the ``[[event]]`` tables an analyst would map
and the ``[[not]]`` tables that must not be proposed (background, forecasts, denials).
A candidate matches a label when the type agrees and so does the label's ``region``
(adm1_code) or, where the report names no region, its ``country``. Matching is
one-to-one and every proposed candidate counts, so a restated or invented event costs
precision. The test suite and the bench read reports through :func:`load_reports`.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from geoapp.extract.candidate import Candidate


@dataclass(frozen=True)
class LabelledReport:
    """One report of the corpus with its labels."""

    id: str
    style: str
    conflict: str
    published: dt.date
    source_name: str | None
    text: str
    events: tuple[dict, ...]
    nots: tuple[dict, ...]


@dataclass
class Score:
    """Matched labels, proposed candidates and labels, summed over reports."""

    matched: int = 0
    proposed: int = 0
    labelled: int = 0
    not_proposed: int = 0  # candidates that match a [[not]] label (and no event label)
    misses: list[tuple[str, dict]] = field(default_factory=list)
    extras: list[tuple[str, Candidate]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.proposed if self.proposed else 1.0

    @property
    def recall(self) -> float:
        return self.matched / self.labelled if self.labelled else 1.0

    def line(self, name: str) -> str:
        return (f"{name}: precision {self.precision:.3f} ({self.matched}/{self.proposed}), "
                f"recall {self.recall:.3f} ({self.matched}/{self.labelled}), "
                f"[[not]] proposed {self.not_proposed}")


def load_reports(folder: str | Path) -> list[LabelledReport]:
    """Every ``*.toml`` report of a corpus folder, in file-name order."""
    out = []
    for path in sorted(Path(folder).glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        out.append(LabelledReport(
            data["id"], data.get("style", ""), data.get("conflict", ""), data["published"],
            data.get("source_name"), data["text"], tuple(data.get("event", ())),
            tuple(data.get("not", ()))))
    return out


def number(report: LabelledReport) -> int:
    """A corpus report's number (``t1735-…`` → 1735): its place in the order reports
    were added to its set."""
    return int(re.match(r"[th](\d+)", report.id).group(1))


def agrees(label: dict, candidate: Candidate) -> bool:
    """Same type and the same region, or the same country where the label has no region."""
    e = candidate.event
    return e.event_type == label["type"] and placed(label, e.adm1_code, e.country)


def placed(label: dict, region: str | None, country: str | None) -> bool:
    """The label's region, or its country where it gives no region."""
    if "region" in label:
        return region == label["region"]
    return country == label.get("country")


def match(labels: Iterable[dict], found: list[Candidate]) -> tuple[list[dict], list[int]]:
    """One-to-one matching: (labels left unmatched, indices of candidates left over).
    Region labels are matched before country labels, so a country label never takes the
    candidate a region label needs."""
    free = list(range(len(found)))
    missed = []
    for label in sorted(labels, key=lambda x: "region" not in x):
        j = next((j for j in free if agrees(label, found[j])), None)
        if j is None:
            missed.append(label)
        else:
            free.remove(j)
    return missed, free


def score(reports: Iterable[LabelledReport],
          extract: Callable[[LabelledReport], list[Candidate]]) -> Score:
    """Precision and recall of ``extract`` (report → candidates) over ``reports``."""
    total = Score()
    for report in reports:
        found = extract(report)
        missed, extra = match(report.events, found)
        total.matched += len(report.events) - len(missed)
        total.proposed += len(found)
        total.labelled += len(report.events)
        total.not_proposed += sum(any(agrees(n, found[j]) for n in report.nots) for j in extra)
        total.misses += [(report.id, label) for label in missed]
        total.extras += [(report.id, found[j]) for j in extra]
    return total
