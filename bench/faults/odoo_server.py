# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Odoo in multi-process mode for the fault cases: a master with HTTP
workers on 127.0.0.1, found and killed by process id.

The worker serving a request is found through PostgreSQL: the backend
holding the oldest open transaction on the bench database has a client
port, and the worker holding that TCP port is the one busy with the long
call.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import psutil

from .rpc import answers

ODOO_BIN = Path(os.environ.get("ODOO_PATH", "/opt/odoo18")) / "odoo-bin"


class OdooServer:
    """``odoo-bin --workers N`` on ``port`` with ``cron_threads`` cron
    workers; or, with ``http=False``, a cron worker alone (``--no-http``)."""

    def __init__(
        self, config, db, port, log_path, workers=2, cron_threads=0, http=True
    ):
        self.config, self.db, self.port = config, db, port
        self.log_path = Path(log_path)
        self.workers, self.cron_threads, self.http = workers, cron_threads, http
        self.process = None

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout=180):
        args = [
            sys.executable,
            str(ODOO_BIN),
            "-c",
            str(self.config),
            "-d",
            self.db,
            f"--db-filter=^{self.db}$",
            "--http-interface=127.0.0.1",
            f"--http-port={self.port}",
            f"--gevent-port={self.port + 3}",
            f"--workers={self.workers}",
            f"--max-cron-threads={self.cron_threads}",
            "--limit-time-real=1800",
            "--limit-time-cpu=1800",
            f"--limit-memory-soft={3 * 1024**3}",
            f"--limit-memory-hard={4 * 1024**3}",
            "--log-level=warn",
            f"--logfile={self.log_path}",
        ]
        if not self.http:
            args.append("--no-http")  # a cron worker: nothing to wait for
        self.process = subprocess.Popen(args, stdin=subprocess.DEVNULL)
        if self.http:
            self.wait_ready(timeout)
        return self

    def wait_ready(self, timeout=180):
        deadline = time.monotonic() + timeout
        while not answers(self.url):
            if self.process.poll() is not None:
                raise RuntimeError(
                    f"Odoo exited ({self.process.returncode}), see {self.log_path}"
                )
            if time.monotonic() > deadline:
                raise TimeoutError(f"Odoo did not answer on {self.url} in {timeout} s")
            time.sleep(0.5)

    def worker_pids(self):
        return {child.pid for child in psutil.Process(self.process.pid).children()}

    def stop(self):
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGTERM)
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                for child in psutil.Process(self.process.pid).children(recursive=True):
                    child.kill()
                self.process.kill()
                self.process.wait(10)


def ports_by_pid(pids):
    """Local TCP ports of each process (its PostgreSQL connections)."""
    ports = {}
    for pid in pids:
        try:
            connections = psutil.Process(pid).connections(kind="tcp")
        except psutil.NoSuchProcess:
            continue
        for connection in connections:
            ports[connection.laddr.port] = pid
    return ports


def busy_worker(cr, db, candidates, min_age):
    """The pid of the worker among ``candidates`` whose transaction on ``db``
    has been open for ``min_age`` seconds or more, else None. The backend's
    client port names the process: the application_name Odoo sets is the
    master's pid (the workers inherit it)."""
    cr.execute(
        """SELECT client_port FROM pg_stat_activity
            WHERE datname = %s AND xact_start IS NOT NULL AND client_port > 0
              AND pid <> pg_backend_pid()
              AND now() - xact_start >= make_interval(secs => %s)
            ORDER BY xact_start""",
        [db, min_age],
    )
    ports = [row[0] for row in cr.fetchall()]
    if not ports:
        return None
    owners = ports_by_pid(candidates)
    for port in ports:
        if port in owners:
            return owners[port]
    return None


def backends_of(cr, ports):
    """How many PostgreSQL backends still serve the client ``ports`` (of a
    killed worker)."""
    cr.execute(
        "SELECT count(*) FROM pg_stat_activity WHERE client_port = ANY(%s)",
        [list(ports)],
    )
    return cr.fetchone()[0]
