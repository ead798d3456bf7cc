"""Synthetic data: deterministic, labelled in every row, on land in the right countries, ingestible."""

from __future__ import annotations

import datetime as dt

import numpy as np
import pytest
from click.testing import CliRunner

from geoapp import geocode as gc
from geoapp.cli import cli
from geoapp.ingest import read_file
from geoapp.model import EVENT_TYPES, FIELD_NAMES
from geoapp.synth import FIRST_DAY, LAST_DAY, synth_frame, write_synth

N = 2_000


@pytest.fixture(scope="module")
def frame():
    return synth_frame(N, seed=7)


def test_same_seed_same_bytes(tmp_path):
    for suffix in (".parquet", ".csv"):
        a = write_synth(N, 7, tmp_path / f"a{suffix}").read_bytes()
        b = write_synth(N, 7, tmp_path / f"b{suffix}").read_bytes()
        assert a == b


def test_other_seed_other_rows(frame):
    other = synth_frame(N, seed=8)
    assert not np.array_equal(frame["lon"].to_numpy(), other["lon"].to_numpy(),
                              equal_nan=True)


def test_every_row_says_it_is_synthetic(frame):
    assert frame["source_name"].str.match(r"Synthetic source \d\d$").all()
    assert (frame["source_kind"] == "synthetic").all()
    assert (frame["tags"] == '["synthetic"]').all()
    assert frame["event_id"].str.startswith("synth:7:").all()
    assert frame["event_id"].is_unique
    assert 20 <= frame["source_name"].nunique() <= 50


def test_model_columns_without_region_codes(frame):
    assert set(frame.columns) <= set(FIELD_NAMES)
    assert "adm1_code" not in frame


def test_points_lie_inside_ukrainian_or_russian_units(frame):
    located = frame.dropna(subset=["lon"])
    found = gc.reverse(located["lon"].to_numpy(), located["lat"].to_numpy())
    assert found["adm1_code"].notna().all()
    assert not found["snapped"].any()
    units = gc.regions().set_index("adm1_code")["adm0_a3"]
    assert set(units.loc[found["adm1_code"]]) <= {"UKR", "RUS"}
    assert found["adm1_code"].value_counts().index[0] == "UKR-327"  # Donetsk leads


def test_region_precision_rows_name_their_region(frame):
    region = frame[frame["geo_precision"] == "region"]
    assert len(region) > 0
    assert region["lon"].isna().all() and region["admin1"].notna().all()


def test_dates_types_and_figures(frame):
    assert frame["date_start"].min() >= np.datetime64(FIRST_DAY)
    assert frame["date_end"].max() <= np.datetime64(LAST_DAY)
    assert (frame["date_end"] >= frame["date_start"]).all()
    assert (frame["date_end"] > frame["date_start"]).any()  # some interval events
    assert set(frame["event_type"]) == set(EVENT_TYPES)
    open_high = frame["killed_low"].notna() & frame["killed_high"].isna()
    assert open_high.any()
    both = frame["killed_low"].notna() & frame["killed_high"].notna()
    assert (frame.loc[both, "killed_high"] >= frame.loc[both, "killed_low"]).all()
    kursk = frame[frame["admin1"] == "Kursk Oblast"]
    assert (kursk["date_start"] >= np.datetime64(dt.date(2024, 8, 6))).all()


@pytest.mark.parametrize("suffix", [".parquet", ".csv"])
def test_ingest_lands_every_row(tmp_path, store, suffix):
    path = write_synth(N, 7, tmp_path / f"synth{suffix}")
    summary = store.write_batch(read_file(path))
    assert (summary.added, summary.rejected) == (N, 0)
    stored = store.read_frame()
    assert stored["adm1_code"].notna().all()
    assert set(stored["country"]) <= {"UA", "RU"}


def test_cli_writes_the_file(tmp_path):
    out = tmp_path / "synth.parquet"
    result = CliRunner().invoke(cli, ["synth", "--n", "500", "--seed", "3", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "500 synthetic events" in result.output
    assert out.read_bytes() == write_synth(500, 3, tmp_path / "again.parquet").read_bytes()


def test_cli_refuses_unknown_suffix(tmp_path):
    result = CliRunner().invoke(cli, ["synth", "--n", "10", "-o", str(tmp_path / "x.xlsx")])
    assert result.exit_code != 0
    assert "use .parquet or .csv" in result.output
