"""The confidence model of `geoapp extract` (geoapp.extract.confidence, .train).

Its weights ship in the package (cues/confidence.json) and must be what
``python -m geoapp.extract.train`` fits on the tuning corpus today: a change of rules,
features or corpus that is not followed by a refit (``make extract-confidence``) fails
here. Cross-validation across tuning reports (never one report's sentences on both
sides) must show the model earning its place over the calibration table it replaces as
the candidates' confidence.
"""

from __future__ import annotations

import json
from importlib import resources

import pytest

from geoapp.extract import extract
from geoapp.extract.confidence import confidence_model
from geoapp.extract.evaluate import load_reports
from geoapp.extract.train import (
    TUNING,
    compare,
    corpus_digest,
    examples,
    fit,
    folds,
    held_out_probabilities,
    weights_json,
)


@pytest.fixture(scope="module")
def data():
    return examples()


def _shipped() -> dict:
    folder = resources.files("geoapp.extract").joinpath("cues")
    return json.loads(folder.joinpath("confidence.json").read_text("utf-8"))


def test_shipped_weights_are_a_refit_of_the_tuning_corpus(data) -> None:
    shipped, refit = _shipped(), json.loads(weights_json(data))
    assert shipped["corpus_sha256"] == corpus_digest(TUNING)
    assert shipped["reports"] == len(load_reports(TUNING))
    assert shipped["weights"].keys() == refit["weights"].keys()
    assert shipped["bias"] == pytest.approx(refit["bias"], abs=1e-4)
    for name, weight in refit["weights"].items():
        assert shipped["weights"][name] == pytest.approx(weight, abs=1e-4), name


def test_fitting_is_deterministic(data) -> None:
    assert fit(data[:60]) == fit(data[:60])


def test_folds_keep_each_report_whole() -> None:
    dealt = folds(100)
    assert sorted(i for f in dealt for i in f) == list(range(100))
    assert all(not set(a) & set(b) for a in dealt for b in dealt if a is not b)


def test_cross_validated_confidence_beats_the_calibration_table(data) -> None:
    model, table = compare(data, held_out_probabilities(data))
    assert model.brier < table.brier
    assert model.log_loss < table.log_loss
    assert model.auc > table.auc


def test_candidates_carry_the_models_confidence() -> None:
    report = load_reports(TUNING)[0]
    found = extract(report.text, published=report.published, source_name=report.source_name)
    assert found
    model = confidence_model()
    for c in found:
        assert 0 < c.confidence < 1
        assert f"(confidence {c.confidence:.2f})" in c.event.notes or "restated" in c.event.notes
    assert model.weights and model.probability({}) == pytest.approx(
        1 / (1 + 2.718281828459045 ** -model.bias))
