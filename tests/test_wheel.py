"""A built wheel carries layers, assets, reference and demo data, and works outside the checkout."""

from __future__ import annotations

import json
import shutil
import site
import subprocess
import sys
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh venv with only the built wheel installed; dependencies come from the test venv."""
    tmp = tmp_path_factory.mktemp("wheel")
    # Build from a copy: setuptools leaves a build/ folder whose stale files would ship.
    source = tmp / "source"
    shutil.copytree(ROOT, source, symlinks=True, ignore=shutil.ignore_patterns(
        ".venv", "var", "build", "dist", ".git", "__pycache__", "*.egg-info", ".*_cache"))
    subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir",
                    str(tmp / "dist"), str(source)], check=True, capture_output=True)
    (wheel,) = (tmp / "dist").glob("geoapp-*.whl")
    env_dir = tmp / "env"
    venv.create(env_dir, with_pip=False)
    # Dependencies are shared from this interpreter's site-packages; geoapp itself is not
    # (the checkout's editable hook lives in a .pth file that only that site dir processes).
    (next(env_dir.glob("lib/python*/site-packages")) / "deps.pth").write_text(
        "\n".join(site.getsitepackages()) + "\n")
    subprocess.run([sys.executable, "-m", "pip", "--python", str(env_dir / "bin" / "python"),
                    "install", "--quiet", "--no-deps", str(wheel)], check=True)
    return env_dir


def _names(wheel_dir: Path) -> set[str]:
    (wheel,) = wheel_dir.glob("geoapp-*.whl")
    return set(zipfile.ZipFile(wheel).namelist())


def test_wheel_contains_runtime_files(installed):
    names = _names(installed.parent / "dist")
    for required in ("geoapp/layers/events.toml", "geoapp/layers/regions.toml",
                     "geoapp/layers/links.toml", "geoapp/demo/ucdp_ged_ukraine_sample.csv",
                     "geoapp/demo/kursk_report_events.jsonl", "geoapp/data/README.md",
                     "geoapp/extract/cues/events.toml"):
        assert required in names
    assert any(n.startswith("geoapp/assets/") for n in names)
    assert any(n.startswith("geoapp/data/") and n.endswith(".parquet") for n in names)


def test_installed_wheel_works_outside_checkout(installed, tmp_path):
    python = installed / "bin" / "python"
    where = subprocess.run([python, "-c", "import geoapp; print(geoapp.__file__)"], cwd=tmp_path,
                           capture_output=True, text=True, check=True).stdout
    assert str(installed) in where
    geoapp = [str(installed / "bin" / "geoapp")]
    db = str(tmp_path / "w.db")
    demo = subprocess.run(geoapp + ["demo", "--db", db], cwd=tmp_path, capture_output=True,
                          text=True, check=True)
    assert "added 3,883" in demo.stdout
    found = subprocess.run(geoapp + ["geocode", "Kursk region", "--json"], cwd=tmp_path,
                           capture_output=True, text=True, check=True)
    assert json.loads(found.stdout)["adm1_code"] == "RUS-2362"
    listed = subprocess.run(geoapp + ["events", "--db", db, "--limit", "1", "--json"],
                            cwd=tmp_path, capture_output=True, text=True, check=True)
    assert json.loads(listed.stdout.splitlines()[0])["event_id"]
