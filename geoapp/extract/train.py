"""Fit the confidence model (:mod:`geoapp.extract.confidence`) on the tuning corpus's
fresh pools, and judge it honestly.

``python -m geoapp.extract.train`` reads every tuning report's fresh pool
(:mod:`geoapp.extract.pools`: its candidates as the rules stood before they were tuned on
it), labels each news candidate 1 when it agrees with one of the report's ``[[event]]``
labels (type and region, as the scorer matches; a toll also when its region has a
labelled attack, which it folds into), fits an L2-penalised logistic regression by
Newton's method (deterministic: same pools, same weights) and writes
``geoapp/extract/cues/confidence.json``. A candidate the rules do not propose whose event
another, proposed candidate already matches (a background recap of the news) is left out
of the fit: proposing it would cost nothing, so it teaches nothing.

``--cv`` prints how the model judges reports it never saw: fitted on the fresh pools of
all but the newest reports, it scores the newest reports' candidates the rules propose
(Brier score, log loss, ranking, against the calibration table's confidence), and shows
how many right and wrong ones each threshold withholds. Only the tuning set is read.
"""

from __future__ import annotations

import argparse
import hashlib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from geoapp.extract.confidence import ACCEPT, WEIGHTS, ConfidenceModel
from geoapp.extract.evaluate import LabelledReport, load_reports, number, placed
from geoapp.extract.pools import POOLS, TUNING, load

OUT = Path(__file__).resolve().parent / "cues" / WEIGHTS
#: L2 penalty and the fewest training reports a feature must appear in, chosen by judging
#: models fitted on the older reports' fresh pools on the newest ones (--cv): a stronger
#: penalty than in-sample fits wanted (3.0), as the wrong candidates of new reporting
#: share few words with each other.
L2 = 30.0
MIN_REPORTS = 3
#: How many of the newest reports --cv judges a model fitted on the older ones by.
NEWEST = 240


@dataclass(frozen=True)
class Rows:
    """One report's news candidates as a fit sees them: the features of each, the rules'
    verdict, its label and whether it enters the fit."""

    report: LabelledReport
    features: list[dict[str, float]]
    rule: list[bool]
    labels: list[int]
    fitted: list[bool]


def rows(report: LabelledReport, entries: Sequence[dict]) -> Rows:
    """A report's pool entries (a fresh pool's records) labelled by its labels."""
    hits = [{i for i, e in enumerate(report.events)
             if helps(e, x["type"], x["region"], x["country"])} for x in entries]
    covered = set().union(*(h for h, x in zip(hits, entries, strict=True) if x["rule"]))
    return Rows(report, [x["features"] for x in entries], [x["rule"] for x in entries],
                [int(bool(h)) for h in hits],
                [x["rule"] or not h or not h <= covered
                 for h, x in zip(hits, entries, strict=True)])


def fresh(folder: Path = TUNING, path: Path = POOLS) -> list[Rows]:
    """Every tuning report that has a fresh pool, labelled, oldest report first."""
    pools = load(path)
    return sorted((rows(r, pools[r.id]["entries"]) for r in load_reports(folder)
                   if r.id in pools), key=lambda x: number(x.report))


def helps(event: dict, kind: str, region: str | None, country: str | None) -> bool:
    """Whether proposing a candidate of this type and place finds the labelled ``event``:
    it agrees with it, or it is a toll in the region of a labelled attack (it folds into
    the attack or becomes it)."""
    return placed(event, region, country) and (
        kind == event["type"] or kind == "casualty_report" and event["type"] == "attack")


def fit(train: Sequence[Rows], l2: float = L2, min_reports: int = MIN_REPORTS,
        start: ConfidenceModel | None = None, steps: int = 50) -> ConfidenceModel:
    """Logistic regression over the features seen in at least ``min_reports`` reports.
    Newton's steps (at most ``steps``) begin from ``start``'s weights where given: the
    penalised loss has one minimum, so the start changes only how many steps reach it."""
    seen: dict[str, int] = {}
    for r in train:
        for name in {k for feats in r.features for k in feats}:
            seen[name] = seen.get(name, 0) + 1
    names = sorted(k for k, n in seen.items() if n >= min_reports)
    column = {k: i for i, k in enumerate(names)}
    fitted = [(feats, y) for r in train
              for feats, y, used in zip(r.features, r.labels, r.fitted, strict=True) if used]
    x = np.zeros((len(fitted), len(names) + 1))
    x[:, -1] = 1.0  # the bias, not penalised
    for i, (feats, _) in enumerate(fitted):
        for k, v in feats.items():
            if k in column:
                x[i, column[k]] = v
    w = np.zeros(len(names) + 1)
    if start is not None:
        w[:-1] = [start.weights.get(k, 0.0) for k in names]
        w[-1] = start.bias
    w = _newton(x, np.array([y for _, y in fitted], dtype=float), l2, w, steps)
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


def folds(n: int, k: int = 10) -> list[list[int]]:
    """Report indices dealt into ``k`` folds in order: every candidate of one report sits
    in one fold."""
    return [list(range(i, n, k)) for i in range(k)]


def held_out_probabilities(data: Sequence[Rows], dealt: Sequence[Sequence[int]],
                           **fit_args: float) -> list[list[float]]:
    """Each report's candidate probabilities from a model fitted without its fold."""
    out: list[list[float]] = [[] for _ in data]
    everyone = fit(data, **fit_args)  # where each fold's fit begins: fewer steps
    for fold in dealt:
        inside = set(fold)
        model = fit([r for i, r in enumerate(data) if i not in inside], **fit_args,
                    start=everyone)
        for i in fold:
            out[i] = [model.probability(f) for f in data[i].features]
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


def compare(data: Sequence[Rows], probs: Sequence[Sequence[float]]
            ) -> tuple[Calibration, Calibration]:
    """(the model's probabilities ``probs``, the calibration table) as the confidence of
    the candidates the rules propose."""
    model, table, labels = [], [], []
    for r, ps in zip(data, probs, strict=True):
        for feats, rule, p, y in zip(r.features, r.rule, ps, r.labels, strict=True):
            if rule:
                model.append(p)
                table.append(feats["confidence"])
                labels.append(y)
    return calibration(model, labels), calibration(table, labels)


def withheld(data: Sequence[Rows], probs: Sequence[Sequence[float]],
             threshold: float = ACCEPT) -> tuple[int, int, int]:
    """(right, wrong, all) candidates the rules propose, and of them the right and the
    wrong ones the model withholds under ``threshold``: (withheld right, withheld wrong,
    proposed by the rules)."""
    right = wrong = total = 0
    for r, ps in zip(data, probs, strict=True):
        for rule, p, y in zip(r.rule, ps, r.labels, strict=True):
            if rule:
                total += 1
                if p < threshold:
                    right += y
                    wrong += 1 - y
    return right, wrong, total


def split_newest(data: Sequence[Rows], newest: int = NEWEST
                 ) -> tuple[list[Rows], list[Rows]]:
    """(the older reports, the ``newest`` ones)."""
    return list(data[:-newest]), list(data[-newest:])


def corpus_digest(folder: Path = TUNING, path: Path = POOLS) -> str:
    """A hash of the corpus files and fresh pools the weights were fitted on."""
    h = hashlib.sha256()
    for file in [*sorted(folder.glob("*.toml")), path]:
        h.update(file.name.encode())
        h.update(file.read_bytes())
    return h.hexdigest()[:16]


def weights_json(data: Sequence[Rows], folder: Path = TUNING,
                 start: ConfidenceModel | None = None) -> str:
    """The weights file fitted on every report of ``data`` (Newton's steps begun from
    ``start``'s weights where given)."""
    return fit(data, start=start).to_json(
        about="Confidence model of geoapp extract: logistic weights over candidate features, "
              "fitted by python -m geoapp.extract.train on the fresh pools of geoapp's own "
              "tuning corpus (tests/data/extract_corpus/fresh_pools.jsonl.gz); same licence "
              "as geoapp.",
        corpus_sha256=corpus_digest(folder), reports=len(data), l2=L2,
        min_reports=MIN_REPORTS)


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cv", action="store_true",
                        help="judge a model fitted on the older reports on the newest")
    parser.add_argument("--out", type=Path, default=OUT)
    args = parser.parse_args(argv)
    data = fresh()
    if not args.cv:
        args.out.write_text(weights_json(data), encoding="utf-8")
        print(f"wrote {args.out} ({len(data)} reports)")
        return
    older, newest = split_newest(data)
    model = fit(older)
    probs = [[model.probability(f) for f in r.features] for r in newest]
    print(f"fitted on {len(older)} reports, judged on the newest {len(newest)}")
    for name, c in zip(("model", "calibration table"), compare(newest, probs), strict=True):
        print(f"{name}: Brier {c.brier:.4f}, log loss {c.log_loss:.4f}, AUC {c.auc:.3f}")
    for t in (0.3, 0.4, 0.5, 0.6, 0.7):
        right, wrong, total = withheld(newest, probs, t)
        print(f"at {t:.1f}: withholds {right} right and {wrong} wrong of {total} proposed")


if __name__ == "__main__":
    main()
