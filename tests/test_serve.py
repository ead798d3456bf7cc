"""`geoapp serve` as users run it: a real WSGI server, its workers, sign-in, and clean exits."""

from __future__ import annotations

import shutil
import socket
import subprocess
import time
from pathlib import Path

import pytest
import requests
from helpers.serving import free_port, serve_args, serving

from geoapp.server import passwords
from geoapp.store import open_store

pytestmark = pytest.mark.slow

PASSWORD = "a long passphrase"


@pytest.fixture
def team_db(demo_db, tmp_path) -> Path:
    db = tmp_path / "team.db"
    shutil.copy(demo_db, db)
    store = open_store(db)
    store.add_user("vera", "viewer", passwords.hash_password(PASSWORD))
    store.close()
    return db


def _workers(pid: int, expected: int, seconds: float = 60) -> list[int]:
    """The server's child processes, once there are ``expected`` (gunicorn forks them in turn)."""
    deadline = time.monotonic() + seconds
    while True:
        children = [int(p) for p in Path(f"/proc/{pid}/task/{pid}/children").read_text().split()]
        if len(children) >= expected or time.monotonic() > deadline:
            return children
        time.sleep(0.2)


def test_a_taken_port_is_a_one_line_error_before_anything_loads(demo_db):
    """It once printed "Dash is running…" and then died in GEOS (exit 139) 2 runs in 4."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        for _ in range(4):
            result = subprocess.run(serve_args(demo_db, port), capture_output=True, text=True,
                                    timeout=120)
            assert result.returncode == 1, (result.returncode, result.stderr)
            assert result.stderr.strip().splitlines() == [
                f"Error: port {port} on 127.0.0.1 is already in use: stop the other server or "
                "choose another --port"]
            assert result.stdout == ""


def test_serving_beyond_loopback_needs_accounts(tmp_path):
    db = tmp_path / "empty.db"
    open_store(db).close()
    result = subprocess.run(serve_args(db, free_port(), "--host", "0.0.0.0"), capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 1
    assert "needs accounts" in result.stderr and "geoapp users add" in result.stderr
    assert "Traceback" not in result.stderr


def test_two_workers_on_every_interface_serve_signed_in_users_only(team_db):
    with serving(team_db, "--host", "0.0.0.0", "--workers", "2") as served:
        url, process = served.url, served.process
        assert len(_workers(process.pid, 2)) == 2  # gunicorn's, forked from the loaded app
        with requests.Session() as browser:
            assert browser.get(url + "/_dash-layout").status_code == 401
            first = browser.get(url + "/")
            assert first.url.startswith(url + "/geoapp/login") and "Sign in" in first.text
            signed = browser.post(url + "/geoapp/login", data={
                "name": "vera", "password": PASSWORD, "next": "/",
                "csrf_token": browser.cookies["_csrf_token"]})
            assert signed.url == url + "/" and "_dash-config" in signed.text
            layout = browser.get(url + "/_dash-layout")
            assert layout.status_code == 200 and "vera (viewer)" in layout.text
            for _ in range(4):  # whichever worker answers knows the session
                assert browser.get(url + "/geoapp/download/events.csv").text.count("\n") > 3_000
            assert browser.get(url + "/", headers={"Host": "attacker.example"}).status_code == 400
        process.terminate()
        assert process.wait(timeout=120) == 0  # after the map shapes are built
        assert "Traceback" not in served.output()


def test_waitress_serves_the_same_app(demo_db):
    with serving(demo_db, "--server", "waitress", "--threads", "2") as served:
        url, process = served.url, served.process
        page = requests.get(url + "/")
        assert page.status_code == 200 and page.headers["Server"] == "geoapp"
        assert "frame-ancestors 'none'" in page.headers["Content-Security-Policy"]
        process.terminate()
        assert process.wait(timeout=120) == 0  # after the map shapes are built
