"""A throwaway PostgreSQL server for the tests: initdb and pg_ctl in a temporary folder, on 127.0.0.1.

Debian's postgresql package (which .ci/run installs) puts the programs in
/usr/lib/postgresql/VERSION/bin. PostgreSQL refuses to run as root, so as root the
server runs as the `postgres` user; any other user runs it as themselves. Password
authentication is on for TCP, so a wrong password is refused as it would be
on a real server.
"""

from __future__ import annotations

import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from pathlib import Path

PASSWORD = "saywho-test"
USER = "postgres"


class Unavailable(Exception):
    """No PostgreSQL server can be started here; the message says why."""


def binaries() -> Path:
    found = sorted(Path("/usr/lib/postgresql").glob("*/bin/initdb"), key=lambda p: int(p.parts[-3]))
    if found:
        return found[-1].parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise Unavailable("PostgreSQL is not installed (no initdb): apt-get install postgresql, as .ci/run does")


def _run_as() -> tuple[list[str], str | None]:
    """The command prefix that runs the server's programs, and the user who owns its files."""
    if os.geteuid() != 0:
        return [], None
    try:
        pwd.getpwnam("postgres")
    except KeyError:
        raise Unavailable("running as root without a `postgres` user to run PostgreSQL as") from None
    runuser = shutil.which("runuser")
    return ([runuser, "-u", "postgres", "--"] if runuser else ["su", "postgres", "-s", "/bin/sh", "-c"]), "postgres"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class Server:
    def __init__(self):
        self.bin = binaries()
        self.prefix, owner = _run_as()
        self.folder = Path(tempfile.mkdtemp(prefix="saywho-postgres-"))
        if owner:
            shutil.chown(self.folder, owner)
        self.port = _free_port()
        self.names = itertools.count(1)
        self.started = False
        self.schemas: list[str] = []

    def _run(self, *command: str) -> None:
        args = [*self.prefix, *command]
        if self.prefix and self.prefix[0] == "su":
            args = [*self.prefix, " ".join(f"'{a}'" for a in command)]
        result = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
        if result.returncode:
            raise RuntimeError(f"{command[0]} failed: {result.stderr.strip() or result.stdout.strip()}")

    def start(self) -> Server:
        data, password = self.folder / "data", self.folder / "password"
        password.write_text(PASSWORD + "\n")
        if self.prefix:
            shutil.chown(password, "postgres")
        self._run(str(self.bin / "initdb"), "-D", str(data), "-U", USER, f"--pwfile={password}", "--no-sync",
                  "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C")
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off " \
                  f"-c synchronous_commit=off -c full_page_writes=off"
        self._run(str(self.bin / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(self.folder / "log"),
                  "-w", "-t", "60", "start")
        self.started = True
        return self

    def url(self, database: str = "postgres", password: str = PASSWORD) -> str:
        return f"postgresql://{USER}:{password}@127.0.0.1:{self.port}/{database}"

    def new_database(self) -> str:
        """The URL of a new, empty database."""
        name = f"saywho_test_{next(self.names)}"
        self.execute(f"CREATE DATABASE {name} TEMPLATE template0")
        return self.url(name)

    def new_schema(self) -> str:
        """The URL of a new, empty schema in the tests' database: as good as a new database, and ten times faster."""
        if not self.schemas:
            self.execute("CREATE DATABASE saywho_tests TEMPLATE template0")
        name = f"corpus_{next(self.names)}"
        self.schemas.append(name)
        self.execute(f"CREATE SCHEMA {name}", "saywho_tests")
        return self.url("saywho_tests") + f"?options=-csearch_path%3D{name}"

    def execute(self, sql: str, database: str = "postgres") -> None:
        import psycopg

        with psycopg.connect(self.url(database), autocommit=True) as conn:
            conn.execute(sql)

    def stop(self) -> None:
        try:
            if self.started:
                self._run(str(self.bin / "pg_ctl"), "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")
        finally:
            shutil.rmtree(self.folder, ignore_errors=True)
