"""`geoapp ingest` as a user runs it: short summaries, failure when nothing lands, the
date order flags, and two ingests into one store at once."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from click.testing import CliRunner

from geoapp.cli import cli
from geoapp.store import open_store

HEADER = "event_id,type,date,location,country,killed_low\n"


def run(*args: str):
    return CliRunner().invoke(cli, ["ingest", *args])


def geoapp_process(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geoapp", "ingest", *args], text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE)


def test_a_file_where_nothing_lands_fails_with_a_short_summary(tmp_path):
    rows = [f"e{i},attack,{'not a date' if i % 2 else '2024-13-40'},Kyiv,UA,{i}"
            for i in range(1000)]
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n")
    db = str(tmp_path / "s.db")
    result = run(str(path), "--db", db)
    assert result.exit_code == 1
    lines = result.output.splitlines()
    assert len(lines) < 20
    assert f"{path}: read 1,000 / added 0 / updated 0 / duplicates 0 / rejected 1,000" in lines
    assert "500 × date: unreadable date …" in result.output
    assert "500 × date: no such date …" in result.output
    assert sum("    line " in line for line in lines) == 6  # three examples per reason
    assert lines[-1] == f"error: {path}: nothing landed: all 1,000 rows were rejected"
    batch = open_store(db, create=False).batches()["batch_id"][0]
    listed = CliRunner().invoke(cli, ["rejects", batch, "--db", db])
    assert len(listed.output.splitlines()) == 1000


def test_a_large_file_with_many_kinds_of_bad_rows_keeps_stderr_short(tmp_path):
    rows = []
    for i in range(3000):
        bad = i % 10
        date = ["2024-01-02", "x", "2024-13-01", "1700-01-01", "9999-01-01"][bad % 5]
        figure = ["1", "2.5", "-3", "many", "1e30"][bad // 2]
        rows.append(f"e{i},attack,{date},Kyiv,UA,{figure}")
    path = tmp_path / "mixed.csv"
    path.write_text(HEADER + "\n".join(rows) + "\n")
    result = run(str(path), "--db", str(tmp_path / "s.db"))
    assert result.exit_code == 0
    assert "read 3,000 / added 300 / updated 0 / duplicates 0 / rejected 2,700" in result.output
    assert result.output.count(" × ") == 5  # the first problem of each row counts
    assert len(result.output.splitlines()) <= 40


def test_ambiguous_dates_are_noted_and_the_flags_override_them(tmp_path):
    path = tmp_path / "dates.csv"
    path.write_text(HEADER + "e1,attack,05/02/2024,Kyiv,UA,1\n")
    db = str(tmp_path / "s.db")
    result = run(str(path), "--db", db, "--json")
    assert result.exit_code == 0
    summary = json.loads(result.output.splitlines()[-1])
    assert summary["added"] == 1 and "ambiguous" in summary["notes"][0]
    assert open_store(db).read_frame()["date_start"][0].isoformat()[:10] == "2024-05-02"
    result = run(str(path), "--db", db, "--dayfirst")
    assert result.exit_code == 0 and "updated 1" in result.output
    assert "note:" not in result.output
    assert open_store(db).read_frame()["date_start"][0].isoformat()[:10] == "2024-02-05"


def _hold_write_lock(db: Path) -> sqlite3.Connection:
    """Take the store's write lock the way another writer would, and keep it."""
    conn = sqlite3.connect(db, isolation_level=None, timeout=1)
    conn.execute("BEGIN IMMEDIATE")
    return conn


def _wait_for_line(proc: subprocess.Popen, words: str, timeout: float = 120.0) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        line = proc.stderr.readline()
        if words in line or not line:
            return line
    return ""


def test_two_ingest_processes_wait_for_a_writer_and_both_land(tmp_path):
    db = tmp_path / "busy.db"
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text(HEADER + "a1,attack,2024-01-02,Kyiv,UA,1\n")
    second.write_text(HEADER + "b1,attack,2024-01-03,Kyiv,UA,2\n")
    open_store(db).close()
    lock = _hold_write_lock(db)
    procs = [geoapp_process(str(first), "--db", str(db)),
             geoapp_process(str(second), "--db", str(db))]
    waits = [_wait_for_line(p, "waiting") for p in procs]
    lock.rollback()
    lock.close()
    results = [p.communicate(timeout=120) for p in procs]
    for proc, wait, (out, err) in zip(procs, waits, results, strict=True):
        assert proc.returncode == 0, err
        assert "waiting for another write" in wait
        assert "waiting" not in err  # said once
        assert "Traceback" not in err and "OperationalError" not in err
        assert "added 1" in out
    assert open_store(db).count() == 2


def test_two_ingests_of_one_file_into_a_new_store_add_it_once(tmp_path):
    db = tmp_path / "new.db"
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "".join(f"e{i},attack,2024-01-02,Kyiv,UA,1\n" for i in range(50)))
    procs = [geoapp_process(str(path), "--db", str(db)) for _ in range(2)]
    results = [p.communicate(timeout=180) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
        assert "Traceback" not in err and "Error" not in err
    outputs = " ".join(out for out, _ in results)
    assert "added 50" in outputs and "duplicates 50" in outputs
    assert open_store(db).count() == 50


def test_a_store_error_while_writing_is_one_line_and_writes_nothing(tmp_path, monkeypatch):
    from sqlalchemy.exc import OperationalError

    from geoapp.store.sqlite import SQLiteStore

    def disk_error(*args, **kwargs):
        raise OperationalError("INSERT", {}, sqlite3.OperationalError("disk I/O error"))

    db = tmp_path / "s.db"
    path = tmp_path / "a.csv"
    path.write_text(HEADER + "a1,attack,2024-01-02,Kyiv,UA,1\n")
    monkeypatch.setattr(SQLiteStore, "_insert_events", disk_error)
    result = run(str(path), "--db", str(db))
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"error: {db}: cannot write: disk I/O error; nothing was written"]
    monkeypatch.undo()
    assert open_store(db).count() == 0 and open_store(db).batches().empty
