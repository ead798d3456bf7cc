"""Fit the confidence model (:mod:`geoapp.extract.confidence`) on the tuning corpus, and
judge it honestly.

``python -m geoapp.extract.train`` runs the rules on every tuning report
(``tests/data/extract_corpus/tuning``), labels each news candidate 1 when it agrees with
one of the report's ``[[event]]`` labels (type and region, as the scorer matches; a toll
also when its region has a labelled attack, which it folds into), fits an L2-penalised
logistic regression by Newton's method (deterministic: same corpus, same weights) and
writes ``geoapp/extract/cues/confidence.json``. A candidate the rules do not propose
whose event another, proposed candidate already matches (a background recap of the
news) is left out of the fit: proposing it would cost nothing, so it teaches nothing.

``--cv`` prints cross-validated figures instead: the reports are dealt into folds, and
each fold's candidates are scored by a model fitted on the other folds' reports only
(never sentences of one report on both sides). Three deals are shown: ten folds in file
order, and two grouped ones that leave out whole groups of reports resembling new
writing, one conflict at a time and one style at a time (the held-out reports were
written by other people, in other wordings: a fold of one conflict is the nearer proxy).
For each it compares the model's confidence with the calibration table's on the
candidates the rules propose (Brier score, log loss, ranking), and shows end to end what
proposing by the rules, by the model's probability alone, and by the rules gated by the
model (:data:`~geoapp.extract.confidence.ACCEPT`) would give. Only the tuning set is read.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from geoapp.extract import Pool, candidate_pool, finish, national_count
from geoapp.extract.candidate import Candidate
from geoapp.extract.confidence import ACCEPT, WEIGHTS, ConfidenceModel
from geoapp.extract.evaluate import LabelledReport, Score, agrees, load_reports, match

TUNING = Path(__file__).resolve().parents[2] / "tests" / "data" / "extract_corpus" / "tuning"
OUT = Path(__file__).resolve().parent / "cues" / WEIGHTS
#: L2 penalty and the fewest training reports a feature must appear in, chosen by
#: cross-validation across tuning reports (--cv).
L2 = 3.0
MIN_REPORTS = 3
FOLDS = 10


@dataclass(frozen=True)
class Example:
    """The pool of one report, the label of each entry and whether it enters the fit."""

    report: LabelledReport
    pool: Pool
    labels: list[int]
    fitted: list[bool]


def examples(folder: Path = TUNING) -> list[Example]:
    """Every report of ``folder`` run through the rules, its candidates labelled."""
    out = []
    for report in load_reports(folder):
        pool = candidate_pool(report.text, published=report.published,
                              source_name=report.source_name)
        hits = [{i for i, e in enumerate(report.events) if helps(e, x.candidate)}
                for x in pool.entries]
        covered = set().union(*(h for h, x in zip(hits, pool.entries, strict=True) if x.rule))
        out.append(Example(report, pool, [int(bool(h)) for h in hits],
                           [x.rule or not h or not h <= covered
                            for h, x in zip(hits, pool.entries, strict=True)]))
    return out


def helps(event: dict, c: Candidate) -> bool:
    """Whether proposing ``c`` finds the labelled ``event``: it agrees with it, or it is a
    toll in the region of a labelled attack (it folds into the attack or becomes it)."""
    return agrees(event, c) or (c.event.event_type == "casualty_report"
                                and event["type"] == "attack"
                                and agrees({**event, "type": "casualty_report"}, c))


def fit(train: Sequence[Example], l2: float = L2, min_reports: int = MIN_REPORTS,
        start: ConfidenceModel | None = None) -> ConfidenceModel:
    """Logistic regression over the features seen in at least ``min_reports`` reports.
    Newton's steps begin from ``start``'s weights where given: the penalised loss has one
    minimum, so the start changes only how many steps reach it (a fold's model, begun from
    the model of every report, in about five steps instead of nine)."""
    seen: dict[str, int] = {}
    for ex in train:
        for name in {k for x in ex.pool.entries for k in x.features}:
            seen[name] = seen.get(name, 0) + 1
    names = sorted(k for k, n in seen.items() if n >= min_reports)
    column = {k: i for i, k in enumerate(names)}
    rows = [(x.features, y) for ex in train
            for x, y, used in zip(ex.pool.entries, ex.labels, ex.fitted, strict=True) if used]
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0  # the bias, not penalised
    for i, (feats, _) in enumerate(rows):
        for k, v in feats.items():
            if k in column:
                x[i, column[k]] = v
    w = np.zeros(len(names) + 1)
    if start is not None:
        w[:-1] = [start.weights.get(k, 0.0) for k in names]
        w[-1] = start.bias
    w = _newton(x, np.array([y for _, y in rows], dtype=float), l2, w)
    return ConfidenceModel(float(w[-1]), {k: float(w[i]) for k, i in column.items()
                                          if abs(w[i]) >= 1e-6})


def _newton(x: np.ndarray, y: np.ndarray, l2: float, w: np.ndarray,
            steps: int = 50) -> np.ndarray:
    penalty = np.full(x.shape[1], l2)
    penalty[-1] = 0.0
    hessian = _SparseHessian(x)
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ (p - y) + penalty * w
        hess = hessian(p * (1 - p)) + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hess, grad)
        w -= step
        if np.max(np.abs(step)) < 1e-10:
            break
    return w


class _SparseHessian:
    """``x.T @ diag(s) @ x`` from the pairs of features each row has: a candidate has about
    50 of the model's 3,000 features, so summing its pairs is some 8 million products per
    step where the dense product took 25 billion (a fit of the tuning corpus took 17 s, a
    cross-validation minutes)."""

    def __init__(self, x: np.ndarray) -> None:
        self.size = x.shape[1]
        flat, rows, values = [], [], []
        for i, row in enumerate(x):
            at = np.flatnonzero(row)
            a, b = np.meshgrid(at, at, indexing="ij")
            flat.append((a * self.size + b).ravel())
            rows.append(np.full(a.size, i))
            values.append(np.outer(row[at], row[at]).ravel())
        self.flat = np.concatenate(flat) if flat else np.zeros(0, dtype=np.int64)
        self.rows = np.concatenate(rows) if rows else np.zeros(0, dtype=np.int64)
        self.values = np.concatenate(values) if values else np.zeros(0)

    def __call__(self, s: np.ndarray) -> np.ndarray:
        return np.bincount(self.flat, weights=self.values * s[self.rows],
                           minlength=self.size * self.size).reshape(self.size, self.size)


def folds(n: int, k: int = FOLDS) -> list[list[int]]:
    """Report indices dealt into ``k`` folds in file order: every candidate of one report
    sits in one fold."""
    return [list(range(i, n, k)) for i in range(k)]


def grouped(data: Sequence[Example], key: str) -> list[list[int]]:
    """Report indices dealt by the report's ``key`` (``conflict`` or ``style``): one fold
    per value, so a fold is a conflict or a style the model never saw in training."""
    dealt: dict[str, list[int]] = {}
    for i, ex in enumerate(data):
        dealt.setdefault(getattr(ex.report, key), []).append(i)
    return [dealt[k] for k in sorted(dealt)]


def deals(data: Sequence[Example]) -> dict[str, list[list[int]]]:
    """The cross-validation deals ``--cv`` reports, by name."""
    return {"10 folds": folds(len(data)), "leave one conflict out": grouped(data, "conflict"),
            "leave one style out": grouped(data, "style")}


def held_out_probabilities(data: Sequence[Example], dealt: Sequence[Sequence[int]] | None = None,
                           **fit_args: float) -> list[list[float]]:
    """Each report's candidate probabilities from a model fitted without its fold
    (``dealt``, default :func:`folds`)."""
    out: list[list[float]] = [[] for _ in data]
    everyone = fit(data, **fit_args)  # where each fold's fit begins: fewer steps
    for fold in folds(len(data)) if dealt is None else dealt:
        inside = set(fold)
        model = fit([ex for i, ex in enumerate(data) if i not in inside], **fit_args,
                    start=everyone)
        for i in fold:
            out[i] = [model.probability(x.features) for x in data[i].pool.entries]
    return out


@dataclass(frozen=True)
class Calibration:
    """How well a confidence predicts a match, over the candidates the rules propose."""

    brier: float
    log_loss: float
    auc: float  # chance that a matching candidate outranks one that matches nothing


def calibration(confidence: Sequence[float], labels: Sequence[int]) -> Calibration:
    p = np.clip(np.asarray(confidence, dtype=float), 1e-6, 1 - 1e-6)
    y = np.asarray(labels, dtype=float)
    pos, neg = p[y == 1], p[y == 0]
    auc = float(np.mean((pos[:, None] > neg[None, :]) + 0.5 * (pos[:, None] == neg[None, :])))
    return Calibration(float(np.mean((p - y) ** 2)),
                       float(-np.mean(y * np.log(p) + (1 - y) * np.log(1 - p))), auc)


def compare(data: Sequence[Example], probs: Sequence[Sequence[float]]
            ) -> tuple[Calibration, Calibration]:
    """(cross-validated model, calibration table) on the candidates the rules propose."""
    model, table, labels = [], [], []
    for ex, ps in zip(data, probs, strict=True):
        for x, p, y in zip(ex.pool.entries, ps, ex.labels, strict=True):
            if x.rule:
                model.append(p)
                table.append(x.features["confidence"])
                labels.append(y)
    return calibration(model, labels), calibration(table, labels)


def score_decisions(data: Sequence[Example], keep: Sequence[Sequence[bool]]) -> Score:
    """End-to-end precision and recall when each report proposes what ``keep`` says."""
    total = Score()
    for ex, k in zip(data, keep, strict=True):
        found = finish(ex.pool, list(k))
        missed, _ = match(ex.report.events, found)
        total.matched += len(ex.report.events) - len(missed)
        total.proposed += len(found)
        total.labelled += len(ex.report.events)
    return total


def decisions(data: Sequence[Example], probs: Sequence[Sequence[float]],
              threshold: float = ACCEPT, gate: bool = True) -> list[list[bool]]:
    """Which candidates each report proposes when the model's probability must reach
    ``threshold``: among those the rules propose (``gate``, as :func:`extract` does), or
    among the whole pool."""
    return [[(p >= threshold or x.rule and national_count(x.candidate)) and (x.rule or not gate)
             for p, x in zip(ps, ex.pool.entries, strict=True)]
            for ps, ex in zip(probs, data, strict=True)]


def corpus_digest(folder: Path = TUNING) -> str:
    """A hash of the corpus files the weights were fitted on (provenance)."""
    h = hashlib.sha256()
    for path in sorted(folder.glob("*.toml")):
        h.update(path.name.encode())
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def weights_json(data: Sequence[Example], folder: Path = TUNING,
                 start: ConfidenceModel | None = None) -> str:
    """The weights file fitted on every report of ``data`` (Newton's steps begun from
    ``start``'s weights where given)."""
    return fit(data, start=start).to_json(
        about="Confidence model of geoapp extract: logistic weights over candidate features, "
              "fitted by python -m geoapp.extract.train on geoapp's own tuning corpus "
              "(tests/data/extract_corpus/tuning); same licence as geoapp.",
        corpus_sha256=corpus_digest(folder), reports=len(data), l2=L2,
        min_reports=MIN_REPORTS)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true", help="print cross-validated figures")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = examples()
    if not args.cv:
        args.out.write_text(weights_json(data), encoding="utf-8")
        print(f"wrote {args.out}")
        return
    print(score_decisions(data, [[x.rule for x in ex.pool.entries] for ex in data])
          .line("proposed by the rules"))
    for deal, dealt in deals(data).items():
        print(f"-- {deal} ({len(dealt)} folds)")
        probs = held_out_probabilities(data, dealt)
        for name, c in zip(("model (cross-validated)", "calibration table"),
                           compare(data, probs), strict=True):
            print(f"{name}: Brier {c.brier:.4f}, log loss {c.log_loss:.4f}, AUC {c.auc:.3f}")
        for t in (0.3, 0.4, 0.5, 0.6, 0.7, 0.8):
            for how, gate in (("rules gated by the model", True), ("the model alone", False)):
                print(score_decisions(data, decisions(data, probs, t, gate))
                      .line(f"proposed by {how} at {t:.1f}"))


if __name__ == "__main__":
    main()
