"""Every command documents itself; filters and errors speak plainly."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from geoapp.cli import COMMANDS, cli


def _commands():
    return sorted(COMMANDS)


@pytest.mark.parametrize("name", _commands())
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help(name, flag):
    result = CliRunner().invoke(cli, [name, flag])
    assert result.exit_code == 0
    assert cli.get_command(None, name).help, f"{name} has no help text"
    assert "Usage:" in result.output


@pytest.mark.parametrize("name", _commands())
def test_command_list_shows_each_commands_own_first_line(name):
    first_line = " ".join(cli.get_command(None, name).help.split("\n\n")[0].split())
    assert COMMANDS[name][2] == first_line


def test_help_lists_commands_without_loading_them():
    import subprocess
    import sys

    code = ("import sys; from click.testing import CliRunner; from geoapp.cli import cli; "
            "out = CliRunner().invoke(cli, ['--help']).output; "
            "print('ingest' in out, 'pandas' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.split() == ["True", "False"]


@pytest.mark.parametrize(("given", "kept"), [(None, "0"), ("1", "1")])
def test_geoapp_turns_numpys_huge_page_requests_off_unless_told(given, kept):
    """numpy reads NUMPY_MADVISE_HUGEPAGE when it is imported: geoapp, imported first,
    defaults it to off (page compaction cost a quarter of a large link's CPU) and keeps a
    value the caller set."""
    import os
    import subprocess
    import sys

    env = {k: v for k, v in os.environ.items() if k != "NUMPY_MADVISE_HUGEPAGE"}
    if given is not None:
        env["NUMPY_MADVISE_HUGEPAGE"] = given
    code = "import os, geoapp, numpy; print(os.environ['NUMPY_MADVISE_HUGEPAGE'])"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            check=True, env=env)
    assert result.stdout.strip() == kept


def test_readme_documents_every_command():
    from tests.conftest import ROOT

    readme = (ROOT / "README.md").read_text()
    missing = [name for name in _commands() if f"geoapp {name}" not in readme]
    assert not missing


def test_bad_filter_is_a_usage_error_not_a_traceback(tmp_path):
    result = CliRunner().invoke(cli, ["events", "--db", str(tmp_path / "e.db"),
                                      "--from", "2024-02-01", "--to", "2024-01-01"])
    assert result.exit_code == 2
    assert "after date_to" in result.output
    assert "Traceback" not in result.output


def test_events_lists_filtered_demo_data(tmp_path):
    db = str(tmp_path / "d.db")
    runner = CliRunner()
    assert runner.invoke(cli, ["demo", "--db", db]).exit_code == 0
    again = runner.invoke(cli, ["demo", "--db", db])
    assert "nothing loaded" in again.output
    result = runner.invoke(cli, ["events", "--db", db, "--type", "troop_deployment"])
    assert result.exit_code == 0, result.output
    assert "troop_deployment" in result.output
    assert "1 of 1 events" in result.output


def test_serve_refuses_debug_mode_off_loopback(tmp_path):
    result = CliRunner().invoke(cli, ["serve", "--dev", "--host", "0.0.0.0",
                                      "--db", str(tmp_path / "s.db")])
    assert result.exit_code == 2
    assert "loopback" in result.output


def test_serve_defaults_to_loopback_without_debug():
    command = cli.get_command(None, "serve")
    ctx = command.make_context("serve", [])
    assert ctx.params["host"] == "127.0.0.1"
    assert ctx.params["dev"] is False


@pytest.mark.parametrize("command", ["events", "batches", "rejects", "export", "serve"])
def test_reading_a_store_that_does_not_exist_says_so_and_creates_nothing(tmp_path, command):
    db = tmp_path / "typo.db"
    args = [command, "--db", str(db)] + (["-o", str(tmp_path / "x.geojson")]
                                         if command == "export" else [])
    result = CliRunner().invoke(cli, args)
    assert result.exit_code == 1
    assert f"no store at {db} (create one with `geoapp ingest` or `geoapp demo`)" in result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("target, message", [
    ("postgresql://analyst:s3cret@/geoapp?host=/nonexistent&password=s3cret",
     "cannot open postgresql://analyst:***@/geoapp?host=/nonexistent&password=***"),
    ("mysql://analyst:s3cret@db.example/geoapp", "no store backend for mysql"),
    (":memory:", "in-memory store keeps nothing"),
])
def test_db_urls_that_cannot_be_opened_fail_in_one_line_without_a_password(tmp_path, monkeypatch,
                                                                         target, message):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--db", target])
    assert result.exit_code == 1
    assert message in result.output
    assert "s3cret" not in result.output and "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_sqlite_url_opens_the_file_it_names(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["demo", "--db", "sqlite:///stores/a.db"])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "stores").iterdir() if p.suffix == ".db") == ["a.db"]
    assert not (tmp_path / "sqlite:").exists()
