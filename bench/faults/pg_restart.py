# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fault case: restart PostgreSQL under load (issue 13).

    python -m bench.faults.pg_restart -c CONF --db pb_deploy [--repeat 10]
        [--seconds 60] [--restart-at 20] [--users 8] [--port 19169]

Copies the bench database once into a private cluster (/var/tmp/deploy-pg,
127.0.0.1:56432, never the shared server), starts Odoo (``--workers 2``)
on it, and per repetition runs ``--users`` threads making the web client's
read calls over JSON-RPC for ``--seconds`` seconds, restarting PostgreSQL
(``pg_ctl restart -m fast``) at ``--restart-at``. Measures the errors and
the time from the restart until the last error: the error count is back to
zero from then on (target ≤ 30 s).
"""

import argparse
import json
import os
import signal
import sys
import threading
import time
from pathlib import Path

import odoo
from odoo.modules.registry import Registry

from . import cases, report
from .odoo_server import OdooServer
from .pg import Cluster
from .rpc import Client
from .run import _in_cursor, setup

HERE = Path(__file__).parent
CLUSTER_PATH = "/var/tmp/deploy-pg"
CLUSTER_PORT = 56432
TARGET_SECONDS = 30
MEMBER_SPEC = {
    "name": {},
    "state": {},
    "organization_id": {"fields": {"display_name": {}}},
    "company_id": {"fields": {"display_name": {}}},
}


def read_calls(client, company_id):
    """One round of the members list: first page, grouped, one form."""
    context = {"allowed_company_ids": [company_id]}
    page = client.call(
        "party.member",
        "web_search_read",
        [],
        specification=MEMBER_SPEC,
        limit=80,
        order="name",
        context=context,
        timeout=30,
    )
    client.call(
        "party.member",
        "web_read_group",
        [],
        fields=["organization_id"],
        groupby=["organization_id"],
        limit=80,
        context=context,
        timeout=30,
    )
    if page["records"]:
        client.call(
            "party.member",
            "web_read",
            [page["records"][0]["id"]],
            specification=MEMBER_SPEC,
            context=context,
            timeout=30,
        )


class User(threading.Thread):
    """Calls in a loop until ``stop``; records (start, end, ok) per call."""

    def __init__(self, url, db, company_id, stop):
        super().__init__(daemon=True)
        self.url, self.db, self.company_id, self.stop = url, db, company_id, stop
        self.calls = []

    def run(self):
        client = None
        while not self.stop.is_set():
            start = time.monotonic()
            try:
                if client is None:
                    client = Client(self.url, self.db, timeout=30)
                    client.login(cases.OFFICE_LOGIN, cases.OFFICE_PASSWORD)
                read_calls(client, self.company_id)
                ok = True
            except Exception:  # counted as an error
                ok, client = False, None
                time.sleep(0.2)
            self.calls.append((start, time.monotonic(), ok))


def one_run(server, cluster, company_id, users, seconds, restart_at):
    stop = threading.Event()
    threads = [User(server.url, server.db, company_id, stop) for _ in range(users)]
    begin = time.monotonic()
    for thread in threads:
        thread.start()
    time.sleep(restart_at)
    restart_start = time.monotonic()
    restart_seconds = cluster.restart()
    time.sleep(max(0.0, begin + seconds - time.monotonic()))
    stop.set()
    for thread in threads:
        thread.join(60)
    calls = sorted(call for thread in threads for call in thread.calls)
    errors = [c for c in calls if not c[2]]
    last_error = max((end for _s, end, ok in errors), default=restart_start)
    before = [c for c in calls if c[1] < restart_start]
    after_zero = [c for c in calls if c[0] > last_error]
    return {
        "calls": len(calls),
        "errors": len(errors),
        "errors_before_restart": sum(not ok for _s, _e, ok in before),
        "restart_s": round(restart_seconds, 2),
        "back_to_zero_s": round(last_error - restart_start, 2),
        "calls_after": len(after_zero),
        "errors_after": sum(not ok for _s, _e, ok in after_zero),
        "ok": (last_error - restart_start) <= TARGET_SECONDS
        and bool(after_zero)
        and not any(not ok for _s, e, ok in before),
    }


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--restart-at", type=float, default=20)
    parser.add_argument("--users", type=int, default=8)
    parser.add_argument("--port", type=int, default=19169)
    parser.add_argument("--code", default="synchronous (main)")
    args = parser.parse_args(argv)
    # A timeout's SIGTERM still stops every process started (finally).
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    # The office user and the 10,000 members it reads (as the kill cases).
    _in_cursor(Registry(args.db), setup)
    cluster = Cluster(CLUSTER_PATH, CLUSTER_PORT)
    cluster.ensure()
    if cluster.restore_from(odoo.tools.config["db_port"] or 5432, args.db):
        print(
            f"copied {args.db} into the private cluster on {CLUSTER_PORT}", flush=True
        )
    company_id = int(
        cluster.psql(args.db, "SELECT id FROM res_company WHERE name = 'Faults fees'")
    )
    conf = Path(f"/var/tmp/faults-{args.db}-{CLUSTER_PORT}.conf")
    conf.write_text(
        Path(args.config)
        .read_text()
        .replace(
            f"db_port = {odoo.tools.config['db_port']}", f"db_port = {CLUSTER_PORT}"
        )
    )
    server = OdooServer(
        conf, args.db, args.port, f"/var/tmp/faults-{args.db}-pg-odoo.log"
    )
    runs = []
    try:
        server.start()
        for rep in range(args.repeat):
            run = one_run(
                server, cluster, company_id, args.users, args.seconds, args.restart_at
            )
            run["rep"] = rep + 1
            runs.append(run)
            print(f"  restart #{rep + 1}: {json.dumps(run)}", flush=True)
    finally:
        server.stop()
        cluster.stop()
    result = {
        "case": "pg_restart",
        "code": args.code,
        "users": args.users,
        "seconds": args.seconds,
        "runs": runs,
        "load": os.getloadavg()[0],
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }
    (HERE / "results").mkdir(exist_ok=True)
    (HERE / "results" / "pg_restart.json").write_text(
        json.dumps(result, indent=1) + "\n"
    )
    print(report.table([result]))


if __name__ == "__main__":
    main()
