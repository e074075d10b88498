# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""PostgreSQL for the fault cases: a monitoring connection, and a private
cluster (initdb, restore, restart) that the restart case may stop at will.
The shared development server is never restarted."""

import subprocess
import time
from pathlib import Path

import psycopg2

PG_BIN = Path("/usr/lib/postgresql/15/bin")


def stat_connection(config, port=None):
    """An autocommit connection to the "postgres" database, for
    pg_stat_activity (fresh figures at each statement)."""
    connection = psycopg2.connect(
        host=config["db_host"] or "127.0.0.1",
        port=port or config["db_port"] or 5432,
        user=config["db_user"],
        password=config["db_password"],
        dbname="postgres",
        application_name="faults-monitor",
    )
    connection.autocommit = True
    return connection


def as_postgres(*args, **kwargs):
    return subprocess.run(
        ["runuser", "-u", "postgres", "--", *map(str, args)], check=True, **kwargs
    )


class Cluster:
    """A private PostgreSQL 15 cluster in ``path`` on 127.0.0.1:``port``,
    with the role odoo/odoo (superuser)."""

    def __init__(self, path, port):
        self.path, self.port = Path(path), port
        self.data = self.path / "data"

    def ensure(self):
        if not (self.data / "PG_VERSION").exists():
            self.path.mkdir(parents=True, exist_ok=True)
            subprocess.run(["chown", "postgres:postgres", str(self.path)], check=True)
            as_postgres(
                PG_BIN / "initdb",
                "-D",
                self.data,
                "-U",
                "postgres",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "--encoding=UTF8",
                "--locale=C.UTF-8",
                stdout=subprocess.DEVNULL,
            )
            with open(self.data / "postgresql.auto.conf", "a") as conf:
                conf.write(
                    f"port = {self.port}\nlisten_addresses = '127.0.0.1'\n"
                    "unix_socket_directories = '/tmp'\nmax_connections = 200\n"
                    "shared_buffers = 256MB\nfsync = on\n"
                )
        if not self.running():
            self.start()
        self.psql(
            "postgres",
            "DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles "
            "WHERE rolname = 'odoo') THEN CREATE ROLE odoo LOGIN SUPERUSER "
            "PASSWORD 'odoo'; END IF; END $$",
        )

    def psql(self, db, sql):
        return as_postgres(
            PG_BIN / "psql",
            "-h",
            "/tmp",
            "-p",
            self.port,
            "-d",
            db,
            "-tAqc",
            sql,
            capture_output=True,
            text=True,
        ).stdout.strip()

    def running(self):
        return (
            subprocess.run(
                [
                    "runuser",
                    "-u",
                    "postgres",
                    "--",
                    str(PG_BIN / "pg_ctl"),
                    "status",
                    "-D",
                    str(self.data),
                ],
                capture_output=True,
            ).returncode
            == 0
        )

    def start(self):
        as_postgres(
            PG_BIN / "pg_ctl",
            "start",
            "-w",
            "-D",
            self.data,
            "-l",
            self.path / "server.log",
            stdout=subprocess.DEVNULL,
        )

    def stop(self):
        if self.running():
            as_postgres(
                PG_BIN / "pg_ctl",
                "stop",
                "-w",
                "-m",
                "fast",
                "-D",
                self.data,
                stdout=subprocess.DEVNULL,
            )

    def restart(self):
        """Stop (fast: every connection is cut) and start; return seconds."""
        start = time.monotonic()
        as_postgres(
            PG_BIN / "pg_ctl",
            "restart",
            "-w",
            "-m",
            "fast",
            "-D",
            self.data,
            "-l",
            self.path / "server.log",
            stdout=subprocess.DEVNULL,
        )
        return time.monotonic() - start

    def restore_from(self, source_port, db):
        """Copy ``db`` from the server on ``source_port`` (pg_dump | pg_restore)."""
        if self.psql("postgres", f"SELECT 1 FROM pg_database WHERE datname = '{db}'"):
            return False
        self.psql("postgres", f"CREATE DATABASE {db} OWNER odoo")
        env = {"PGPASSWORD": "odoo", "PATH": "/usr/bin:/bin"}
        dump = subprocess.Popen(
            [
                PG_BIN / "pg_dump",
                "-h",
                "127.0.0.1",
                "-p",
                str(source_port),
                "-U",
                "odoo",
                "-Fc",
                db,
            ],
            stdout=subprocess.PIPE,
            env=env,
        )
        subprocess.run(
            [
                PG_BIN / "pg_restore",
                "-h",
                "127.0.0.1",
                "-p",
                str(self.port),
                "-U",
                "odoo",
                "-d",
                db,
                "--no-owner",
                "--single-transaction",
            ],
            stdin=dump.stdout,
            check=True,
            env=env,
        )
        dump.stdout.close()
        if dump.wait():
            raise RuntimeError("pg_dump failed")
        self.psql(db, "ANALYZE")
        return True
