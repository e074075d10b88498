# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fault cases (issue 13): SIGKILL an Odoo worker in the middle of a long
call, then check the data. See bench/faults/README.md.

    python -m bench.faults.run -c CONF --db pb_deploy [--case import ...]
        [--repeat 10] [--port 19069]

Starts Odoo with ``--workers 2`` on 127.0.0.1:PORT against the bench
database, runs each case once uninterrupted (its duration sets when to
kill), then ``--repeat`` times with the worker serving the call killed at a
random point between 15 % and 85 % of that duration. Prints the table and
writes it to bench/faults/results/<case>.json; ``--readme`` rewrites the
table of bench/faults/README.md from every results file.
"""

import argparse
import json
import os
import random
import signal
import sys
import threading
import time
from pathlib import Path

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry

from . import cases, jobs, report
from .odoo_server import OdooServer, backends_of, busy_worker, ports_by_pid
from .pg import stat_connection
from .rpc import Client, answers

HERE = Path(__file__).parent
CALIBRATION_REP = 10


def _in_cursor(registry, function, *args):
    with registry.cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        result = function(env, *args)
        cr.commit()
        return result


def setup(env):
    companies = [cases._company(env, label)[0] for label in ("import", "fees", "docs")]
    cases.fee_setup(env)
    cases.office_user(env, companies)


class Call(threading.Thread):
    """The case's operation in a thread: its outcome and duration."""

    def __init__(self, operation, client, ctx):
        super().__init__(daemon=True)
        self.operation, self.client, self.ctx = operation, client, ctx
        self.error, self.seconds = None, None

    def run(self):
        start = time.monotonic()
        try:
            self.operation(self.client, self.ctx)
        except Exception as error:  # the outcome is reported
            self.error = error
        self.seconds = time.monotonic() - start


def kill_during(server, call, stat, delay, db):
    """SIGKILL the HTTP worker whose transaction has been open ``delay``
    seconds; return its pid and its database ports, or (None, ()) if the
    call ended first."""
    call.start()
    while call.is_alive():
        pid = busy_worker(stat.cursor(), db, server.worker_pids(), delay)
        if pid:
            ports = [p for p, owner in ports_by_pid([pid]).items() if owner == pid]
            os.kill(pid, signal.SIGKILL)
            return pid, ports
        time.sleep(0.05)
    return None, ()


def kill_cron_during(cron, call, stat, progress, fraction, db):
    """SIGKILL the cron worker once the job has committed ``fraction`` of
    its units but not all, while the worker is inside a transaction (a
    batch), then start it again as its supervisor would. ``progress()``
    gives the job's committed (done, total). Returns (pid, ports, seconds
    after the start, (done, total) at the kill)."""
    start = time.monotonic()
    call.start()
    while call.is_alive():
        done, total = progress()
        if total and fraction * total <= done < total:
            pid = busy_worker(stat.cursor(), db, {cron.process.pid}, 0.0)
            if pid:
                ports = [p for p, owner in ports_by_pid([pid]).items() if owner == pid]
                os.kill(pid, signal.SIGKILL)
                killed_at = time.monotonic() - start
                cron.process.wait(30)
                cron.start()
                return pid, ports, killed_at, (done, total)
        time.sleep(0.1)
    return None, (), None, None


def recover(server, stat, ports, timeout=300):
    """Seconds until the killed worker's backends are gone (PostgreSQL
    rolled its transaction back) and Odoo answers again."""
    start = time.monotonic()
    while backends_of(stat.cursor(), ports) or not answers(server.url):
        if time.monotonic() - start > timeout:
            raise TimeoutError(f"no recovery after a kill (ports {ports})")
        time.sleep(0.1)
    return time.monotonic() - start


class Harness:
    """The servers and connections of one run; ``cron`` is set in job mode
    (the import and the fee month are background jobs, killed in the cron
    worker)."""

    def __init__(self, registry, server, stat, cron=None):
        self.registry, self.server, self.stat, self.cron = registry, server, stat, cron

    def case(self, name):
        if self.cron and name in jobs.CASES:
            return jobs.CASES[name]
        return cases.CASES[name]

    def in_job(self, name):
        return bool(self.cron) and name in jobs.CASES

    def one_kill(self, name, client, rep, delay):
        """One repetition: prepare, call, kill after ``delay`` s, recover,
        check."""
        prepare, operation, check = self.case(name)
        ctx = _in_cursor(self.registry, prepare, rep)
        call = Call(operation, client, ctx)
        db = self.registry.db_name
        progress = None
        if self.in_job(name):

            def committed():
                return _in_cursor(self.registry, jobs.job_progress, ctx.get("job_id"))

            fraction = delay  # in job mode: the share of the job committed
            pid, ports, killed_at, progress = kill_cron_during(
                self.cron, call, self.stat, committed, fraction, db
            )
            call.join(jobs.JOB_TIMEOUT)
            # From the kill to the end of the job (which had to resume).
            recovery = call.seconds - killed_at if pid else 0.0
        else:
            pid, ports = kill_during(self.server, call, self.stat, delay, db)
            call.join(600)
            recovery = recover(self.server, self.stat, ports) if pid else 0.0
        ok, detail = _in_cursor(self.registry, check, client, ctx)
        if progress:
            detail = f"killed at {progress[0]}/{progress[1]} committed; {detail}"
        return {
            "rep": rep + 1,
            "killed_at": round(delay, 2),
            "killed": bool(pid),
            "call_error": type(call.error).__name__ if call.error else None,
            "recovery_s": round(recovery, 2),
            "ok": bool(ok and pid and not (self.in_job(name) and call.error)),
            "detail": detail,
        }

    def run_case(self, name, repeat, rng, save):
        """The uninterrupted call, then ``repeat`` killed ones. A call that
        ends before its kill point (the machine is faster than the first
        run) is not a repetition: it is counted as missed and retried with
        an earlier kill. ``save(result)`` after each repetition."""
        prepare, operation, check = self.case(name)
        client = Client(self.server.url, self.registry.db_name)
        client.login(cases.OFFICE_LOGIN, cases.OFFICE_PASSWORD)
        ctx = _in_cursor(self.registry, prepare, CALIBRATION_REP)
        call = Call(operation, client, ctx)
        call.run()
        if call.error:
            raise RuntimeError(f"{name}: the uninterrupted call failed: {call.error}")
        calibration_ok, detail = _in_cursor(self.registry, check, client, ctx)
        duration = call.seconds
        print(
            f"{name}: uninterrupted {duration:.1f} s, "
            f"check {'ok' if calibration_ok else 'FAILED'}: {detail}",
            flush=True,
        )
        result = {
            "case": name,
            "mode": "job" if self.in_job(name) else "request",
            "uninterrupted_s": round(duration, 1),
            "uninterrupted_ok": bool(calibration_ok),
            "missed": 0,
            "runs": [],
        }
        for rep in range(repeat):
            high = 0.85
            for _attempt in range(4):
                share = rng.uniform(0.15, high)
                delay = share if self.in_job(name) else share * duration
                run = self.one_kill(name, client, rep, delay)
                if run["killed"]:
                    break
                result["missed"] += 1
                high = max(0.2, high / 2)
            result["runs"].append(run)
            save(result)
            print(
                f"  {name} #{rep + 1}: kill at {delay:.1f} s, recovered in "
                f"{run['recovery_s']:.1f} s, {'ok' if run['ok'] else 'FAILED'}: "
                f"{run['detail']}",
                flush=True,
            )
        return result


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--case", action="append", choices=sorted(cases.CASES))
    parser.add_argument("--repeat", type=int, default=10)
    parser.add_argument("--port", type=int, default=19069)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument(
        "--jobs",
        action="store_true",
        help="the import and the fee month are background jobs (h/jobs, "
        "h/jobs2): kill the cron worker instead",
    )
    parser.add_argument(
        "--code", default="synchronous (main)", help="which code is measured"
    )
    args = parser.parse_args(argv)
    # A timeout's SIGTERM still stops every process started (finally).
    signal.signal(signal.SIGTERM, lambda *_args: sys.exit(143))
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = Registry(args.db)
    _in_cursor(registry, setup)
    results_dir = HERE / "results"
    results_dir.mkdir(exist_ok=True)
    log = Path(os.environ.get("FAULTS_LOG", f"/var/tmp/faults-{args.db}-odoo.log"))
    server = OdooServer(args.config, args.db, args.port, log).start()
    cron = None
    if args.jobs:
        cron_log = log.with_name(log.stem + "-cron.log")
        cron = OdooServer(
            args.config,
            args.db,
            args.port + 100,
            cron_log,
            workers=0,
            cron_threads=1,
            http=False,
        ).start()
    stat = stat_connection(odoo.tools.config)
    harness = Harness(registry, server, stat, cron)
    rng = random.Random(args.seed)
    try:
        for name in args.case or list(cases.CASES):
            suffix = "-jobs" if harness.in_job(name) else ""
            path = results_dir / f"{name}{suffix}.json"

            def save(result, path=path):
                result.update(
                    code=args.code,
                    load=os.getloadavg()[0],
                    date=time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
                )
                path.write_text(json.dumps(result, indent=1) + "\n")

            result = harness.run_case(name, args.repeat, rng, save)
            save(result)
            print(report.table([result]))
    finally:
        server.stop()
        if cron:
            cron.stop()
        stat.close()


if __name__ == "__main__":
    main()
