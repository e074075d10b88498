# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Odoo in multi-process mode for the load test, as production runs it.

    python -m bench.load.server --db pb_load --port 18069 --workers 4 \
        [--db-port 55434] [--replica-port 55433] --seconds 60

starts ``odoo-bin --workers N --max-cron-threads 1`` on 127.0.0.1 with a
config of its own (database host/port, optional read replica), waits until
/web/health answers, keeps it up for ``--seconds`` (or, imported, for the
``with running(...)`` block) and stops it: SIGTERM to its process group,
SIGKILL after a grace period. Nothing outlives the script.
"""

import argparse
import contextlib
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ODOO_PATH = Path(os.environ.get("ODOO_PATH", "/opt/odoo18"))
WORK = Path(os.environ.get("LOAD_WORK", "/var/tmp/load"))
START_TIMEOUT = 180  # seconds: the registry loads in each worker
STOP_GRACE = 20


def write_config(name, db_port=5432, replica_port=None, db_host="127.0.0.1"):
    """An Odoo config of its own for one server (database and replica)."""
    WORK.mkdir(parents=True, exist_ok=True)
    lines = [
        "[options]",
        f"addons_path = {ROOT / 'addons'},{ODOO_PATH / 'odoo' / 'addons'}",
        f"db_host = {db_host}",
        f"db_port = {db_port}",
        "db_user = odoo",
        "db_password = odoo",
        "list_db = False",
        "proxy_mode = False",
    ]
    if replica_port:
        lines += [f"db_replica_host = {db_host}", f"db_replica_port = {replica_port}"]
    conf = WORK / f"{name}.conf"
    conf.write_text("\n".join(lines) + "\n")
    return conf


def odoo_command(conf, db, port, workers, logfile):
    return [
        os.environ.get("VENV", "/work/main/.venv") + "/bin/python",
        str(ODOO_PATH / "odoo-bin"),
        "-c",
        str(conf),
        "-d",
        db,
        "--db-filter",
        f"^{db}$",
        "--workers",
        str(workers),
        "--max-cron-threads",
        "1",
        "--http-interface",
        "127.0.0.1",
        "--http-port",
        str(port),
        "--gevent-port",
        str(port + 3),
        "--limit-time-real",
        "300",
        "--limit-memory-soft",
        str(1536 * 1024 * 1024),
        "--limit-memory-hard",
        str(2048 * 1024 * 1024),
        "--log-level",
        "info",
        "--logfile",
        str(logfile),
    ]


def wait_until_up(url, timeout=START_TIMEOUT, proc=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(f"Odoo exited with {proc.returncode}")
        try:
            with urllib.request.urlopen(f"{url}/web/health", timeout=5) as resp:
                if resp.status == 200:
                    return
        except OSError:
            pass
        time.sleep(1)
    raise TimeoutError(f"Odoo did not answer at {url} within {timeout} s")


def stop(proc, grace=STOP_GRACE):
    """SIGTERM the server's process group, SIGKILL it after ``grace``."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(grace)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(5)


@contextlib.contextmanager
def running(
    db, port=18069, workers=4, db_port=5432, replica_port=None, name="odoo-load"
):
    """Yield the base URL of a multi-process Odoo; stop it on exit."""
    conf = write_config(name, db_port, replica_port)
    logfile = WORK / f"{name}.log"
    logfile.unlink(missing_ok=True)
    cmd = odoo_command(conf, db, port, workers, logfile)
    proc = subprocess.Popen(
        cmd, cwd=ROOT, start_new_session=True, stdout=subprocess.DEVNULL
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_until_up(url, proc=proc)
        yield url, logfile
    finally:
        stop(proc)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--port", type=int, default=18069)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--db-port", type=int, default=5432)
    parser.add_argument("--replica-port", type=int)
    parser.add_argument("--seconds", type=int, default=60)
    args = parser.parse_args(argv)
    with running(args.db, args.port, args.workers, args.db_port, args.replica_port) as (
        url,
        logfile,
    ):
        print(f"Odoo answers at {url} (log {logfile}); up for {args.seconds} s")
        time.sleep(args.seconds)
    print("stopped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
