"""Every command documents itself; filters and errors speak plainly."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from geoapp.cli import cli


def _commands():
    return sorted(cli.commands)


@pytest.mark.parametrize("name", _commands())
@pytest.mark.parametrize("flag", ["-h", "--help"])
def test_every_command_has_help(name, flag):
    result = CliRunner().invoke(cli, [name, flag])
    assert result.exit_code == 0
    assert cli.commands[name].help, f"{name} has no help text"
    assert "Usage:" in result.output


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
    command = cli.commands["serve"]
    ctx = command.make_context("serve", [])
    assert ctx.params["host"] == "127.0.0.1"
    assert ctx.params["dev"] is False
