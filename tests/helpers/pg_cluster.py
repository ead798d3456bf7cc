"""A throwaway PostgreSQL + PostGIS server for the tests and the bench.

``initdb`` and ``pg_ctl`` from Debian's packages on a temporary directory; the
server listens on a unix socket in that directory only (no TCP port, so any
number of clusters can run side by side, one per test worker) and asks for a
password like a real server does. PostgreSQL refuses to run as root: when we
are root, the server runs as the ``postgres`` system user that the Debian
package creates. The directory is removed when the cluster stops, also after
a failure.
"""

from __future__ import annotations

import os
import pwd
import secrets
import shutil
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

#: Debian installs the server binaries here, one folder per major version.
DEBIAN_BINARIES = Path("/usr/lib/postgresql")
SUPERUSER = "geoapp_admin"
#: A database with PostGIS installed, copied by CREATE DATABASE … TEMPLATE for each store.
TEMPLATE = "geoapp_postgis"

#: For tests: nothing survives the cluster anyway, so skip the disk flushes.
FAST_SETTINGS = {"fsync": "off", "synchronous_commit": "off", "full_page_writes": "off"}


class ClusterError(RuntimeError):
    """The throwaway server could not be set up (packages missing, failed to start)."""


def server_binaries() -> Path:
    """The newest ``/usr/lib/postgresql/N/bin`` that has ``initdb`` and PostGIS next to it."""
    found = sorted(DEBIAN_BINARIES.glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if not found:
        raise ClusterError("PostgreSQL server binaries not found under /usr/lib/postgresql: "
                           "install the Debian packages postgresql and postgresql-15-postgis-3 "
                           "(make postgres)")
    return found[-1].parent


class LocalCluster:
    """One running throwaway server: URLs for its databases and a way to make new ones."""

    def __init__(self, root: Path, password: str) -> None:
        self.root = root
        self.socket_dir = root / "socket"
        self.password = password
        self._databases = 0

    def url(self, database: str, *, user: str = SUPERUSER, password: bool = False) -> str:
        """``postgresql://`` URL of a database over the socket; the password only if asked."""
        secret = f":{self.password}" if password else ""
        return f"postgresql://{user}{secret}@/{database}?host={self.socket_dir}"

    def psql(self, sql: str, database: str = "postgres") -> str:
        """Run SQL as the superuser; the output of the last statement."""
        result = subprocess.run(
            [str(server_binaries() / "psql"), "-X", "-q", "-At", "-v", "ON_ERROR_STOP=1",
             "-h", str(self.socket_dir), "-U", SUPERUSER, "-d", database, "-c", sql],
            env={**os.environ, "PGPASSWORD": self.password}, capture_output=True, text=True,
            check=False)
        if result.returncode != 0:
            raise ClusterError(f"psql failed: {result.stderr.strip()}")
        return result.stdout.strip()

    def new_database(self, prefix: str = "store") -> str:
        """A new empty database with PostGIS (a copy of the template), by name."""
        self._databases += 1
        name = f"{prefix}_{self._databases}"
        self.psql(f"CREATE DATABASE {name} TEMPLATE {TEMPLATE}")
        return name


@contextmanager
def running_cluster(settings: dict[str, str] | None = None) -> Iterator[LocalCluster]:
    """Start a server in a new temporary directory; stop it and delete everything after.

    ``settings`` are extra ``postgresql.conf`` lines (the bench keeps the durable
    defaults; the tests pass :data:`FAST_SETTINGS`).
    """
    binaries = server_binaries()
    owner = _server_user()
    root = Path(tempfile.mkdtemp(prefix="geoapp-pg-"))
    cluster = LocalCluster(root, secrets.token_urlsafe(18))
    data = root / "data"
    started = False
    try:
        cluster.socket_dir.mkdir()
        password_file = root / "password"
        password_file.write_text(cluster.password + "\n")
        if owner is not None:
            for path in (root, cluster.socket_dir, password_file):
                os.chown(path, owner.pw_uid, owner.pw_gid)
        _run_as(owner, [str(binaries / "initdb"), "-D", str(data), "-U", SUPERUSER,
                        "--pwfile", str(password_file), "--auth", "scram-sha-256",
                        "-E", "UTF8", "--locale", "C", "--no-sync"])
        lines = {"listen_addresses": "''", "unix_socket_directories": f"'{cluster.socket_dir}'",
                 "max_connections": "40", **(settings or {})}
        with (data / "postgresql.conf").open("a") as conf:
            conf.writelines(f"{key} = {value}\n" for key, value in lines.items())
        _run_as(owner, [str(binaries / "pg_ctl"), "-D", str(data), "-l", str(root / "server.log"),
                        "-w", "-s", "start"])
        started = True
        cluster.psql(f"CREATE DATABASE {TEMPLATE}")
        cluster.psql("CREATE EXTENSION postgis", TEMPLATE)
        yield cluster
    finally:
        if started:
            _run_as(owner, [str(binaries / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w",
                            "-s", "stop"], check=False)
        shutil.rmtree(root, ignore_errors=True)


def _server_user() -> pwd.struct_passwd | None:
    """Who runs the server: ourselves, or ``postgres`` when we are root."""
    if os.geteuid() != 0:
        return None
    try:
        return pwd.getpwnam("postgres")
    except KeyError as exc:
        raise ClusterError("running as root and there is no postgres user to run the server: "
                           "install the Debian package postgresql (it creates one)") from exc


def _run_as(owner: pwd.struct_passwd | None, command: list[str], *, check: bool = True) -> None:
    kwargs = {} if owner is None else {"user": owner.pw_uid, "group": owner.pw_gid,
                                       "extra_groups": []}
    result = subprocess.run(command, capture_output=True, text=True, check=False, cwd="/",
                            **kwargs)
    if check and result.returncode != 0:
        raise ClusterError(f"{Path(command[0]).name} failed: "
                           f"{(result.stderr or result.stdout).strip()}")
