"""Every bench script runs end to end at 10k events, so the bench cannot rot.

Targets are for ``make bench`` at a million events; here only the shape of
the result is checked: the stage's row, with numbers, in the table and the JSON.
"""

from __future__ import annotations

import importlib
import json
import math
import time

import pytest

from bench.common import Row, at_most, table
from bench.run import BROWSER_STAGES, STAGES

pytestmark = pytest.mark.slow

SMOKE_N = 10_000


@pytest.fixture(scope="session")
def work(tmp_path_factory):
    """The dataset and store cache, shared by the stages that run in this worker."""
    return tmp_path_factory.mktemp("bench-work")


@pytest.mark.parametrize("stage", [
    pytest.param(stage, marks=pytest.mark.browser) if stage in BROWSER_STAGES else stage
    for stage in STAGES])
def test_stage_runs_at_10k(stage, work, tmp_path, capsys):
    module = importlib.import_module(f"bench.{stage}")
    rows = module.cli(["--n", str(SMOKE_N), "--runs", "1", "--work", str(work),
                       "--out", str(tmp_path)])
    assert rows and all(isinstance(r, Row) for r in rows)
    assert rows[0].stage in capsys.readouterr().out
    doc = json.loads((tmp_path / f"{stage}.json").read_text())
    assert doc["n"] == SMOKE_N and doc["machine"]["nproc"] >= 1
    for row in doc["rows"]:
        assert row["size"] > 0 and row["targets"]
        numbers = [v for v in row["metrics"].values() if isinstance(v, (int, float))]
        assert numbers and all(math.isfinite(v) for v in numbers), row


def test_run_collects_every_stage_into_one_table(work, tmp_path):
    from bench import run

    run.main(["--n", str(SMOKE_N), "--runs", "1", "--work", str(work), "--out", str(tmp_path),
              "--only", "query", "reverse"])
    doc = json.loads((tmp_path / "latest.json").read_text())
    stages = [r["stage"] for r in doc["rows"]]
    assert any("reverse" in s for s in stages) and any("filter" in s for s in stages)
    readme = (tmp_path / "README.md").read_text()
    assert "| stage" in readme and "Machine:" in readme


def test_table_marks_failures():
    row = Row("x", 1, "30 ms", metrics={"ms": 30.0}, targets=(at_most("ms", 20, "≤ 20 ms"),))
    assert not row.passed
    assert "FAIL" in table([row])


def test_a_served_store_leaves_no_worker_behind(work):
    """gunicorn's workers outlive an arbiter killed during its graceful stop: the bench stops
    the server's whole session, so no worker keeps serving (and holding memory) afterwards."""
    from pathlib import Path

    from bench.concurrent_users import demo_store
    from bench.serve_start import server

    def running(pid: int) -> bool:  # a process killed but not yet reaped is not running
        try:
            stat = Path(f"/proc/{pid}/stat").read_text()
        except FileNotFoundError:
            return False
        return stat.rpartition(")")[2].split()[0] not in ("Z", "X")

    with server(demo_store(work), "--workers", "2") as (_, _, proc):
        children = Path(f"/proc/{proc.pid}/task/{proc.pid}/children")
        workers = [int(pid) for pid in children.read_text().split()]
        assert workers
    deadline = time.monotonic() + 5  # a kill takes effect a moment after it is sent
    while any(map(running, workers)) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert [pid for pid in workers if running(pid)] == []
