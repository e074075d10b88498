# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The load test, end to end and bounded (standard library only).

    python3 bench/load/run_load.py --db pb_load --label direct \
        [--db-port 5432] [--replica-port 55433] [--users 50,100,200] \
        [--seconds 60] [--workers 4] [--out bench/load/results.md]

Starts Odoo with workers (bench/load/server.py) against the database (or
PgBouncer) on ``--db-port``, with the read replica when given; opens new
votes (setup_users.py), logs the users in once (login.py), then runs Locust
headless at each number of concurrent users for ``--seconds``. For each run
it prints, and appends to ``--out``, a table per call (requests, errors,
req/s, p50/p95/p99), the machine's load and CPU, the transactions each
PostgreSQL cluster served, and the cursor mode Odoo logged per route (ro on
the replica, rw on the primary, ro->rw a retried write).
"""

import argparse
import csv
import json
import os
import re
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import server

HERE = Path(__file__).resolve().parent
LOCUST = os.environ.get("LOCUST", "/var/tmp/load/locust-venv/bin/locust")
VENV_PY = os.environ.get("VENV", "/work/main/.venv") + "/bin/python"
ODOO_PATH = os.environ.get("ODOO_PATH", "/opt/odoo18")
LOG_LINE = re.compile(
    r'"(GET|POST) (\S+) HTTP/[\d.]+" (\d+) \S+ (\d+) ([\d.]+) ([\d.]+)(?: (\S+))?'
)


def cpu_times():
    fields = [int(x) for x in Path("/proc/stat").read_text().split()[1:9]]
    return sum(fields), fields[3] + fields[4]  # total, idle + iowait


def pg_xacts(port, db):
    """Transactions committed + rolled back in ``db`` on the cluster at ``port``."""
    out = subprocess.run(
        [
            "psql",
            "-h",
            "127.0.0.1",
            "-p",
            str(port),
            "-U",
            "odoo",
            "-d",
            db,
            "-tAc",
            f"SELECT xact_commit + xact_rollback FROM pg_stat_database WHERE datname = '{db}'",
        ],
        capture_output=True,
        text=True,
        timeout=30,
        env=os.environ | {"PGPASSWORD": "odoo"},
    )
    return int(out.stdout.strip() or 0)


def cursor_modes(logfile, offset):
    """{route: Counter(mode)} of the Odoo log lines after ``offset``."""
    modes = {}
    with open(logfile, errors="replace") as log:
        log.seek(offset)
        for line in log:
            match = LOG_LINE.search(line)
            if match:
                path = re.sub(r"/\d+", "/<id>", match.group(2).split("?")[0])
                modes.setdefault(f"{match.group(1)} {path}", Counter())[
                    match.group(7) or "rw"
                ] += 1
    return modes


def run_locust(base, users, seconds, prefix, env):
    cmd = [
        LOCUST,
        "-f",
        str(HERE / "locustfile.py"),
        "--headless",
        "--host",
        base,
        "-u",
        str(users),
        "-r",
        str(max(10, users // 5)),
        "-t",
        f"{seconds}s",
        "--stop-timeout",
        "10",
        "--csv",
        prefix,
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    subprocess.run(
        cmd,
        env=env,
        timeout=seconds + 120,
        check=False,
        stdout=subprocess.DEVNULL,
        stderr=open(f"{prefix}.err", "w"),
    )
    with open(f"{prefix}_stats.csv") as stats:
        return list(csv.DictReader(stats))


def table(rows):
    lines = [
        "| call | requests | errors | req/s | p50 ms | p95 ms | p99 ms |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for row in rows:
        name = "**all**" if row["Name"] == "Aggregated" else row["Name"]
        lines.append(
            f"| {name} | {row['Request Count']} | {row['Failure Count']} | "
            f"{float(row['Requests/s']):.1f} | {row['50%']} | {row['95%']} | {row['99%']} |"
        )
    return "\n".join(lines)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", required=True)
    parser.add_argument("--label", required=True)
    parser.add_argument("--db-port", type=int, default=5432)
    parser.add_argument("--primary-port", type=int, help="stats: default --db-port")
    parser.add_argument("--replica-port", type=int)
    parser.add_argument("--replica-stats-port", type=int, help="default --replica-port")
    parser.add_argument("--users", default="50,100,200")
    parser.add_argument("--seconds", type=int, default=60)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--port", type=int, default=18069)
    parser.add_argument("--secretaries", type=int, default=120)
    parser.add_argument("--portal", type=int, default=150)
    parser.add_argument("--out", default=str(HERE / "results.md"))
    args = parser.parse_args(argv)
    work = server.WORK
    users_file, sessions_file = (
        work / f"users-{args.db}.json",
        work / f"sessions-{args.db}.json",
    )
    primary = args.primary_port or args.db_port
    replica = args.replica_stats_port or args.replica_port
    report = [
        f"\n### {args.label}: {args.db}, {args.workers} workers, db port {args.db_port}"
        + (f", replica port {args.replica_port}" if args.replica_port else "")
    ]
    with server.running(
        args.db,
        args.port,
        args.workers,
        args.db_port,
        args.replica_port,
        name=f"odoo-{args.label}",
    ) as (base, logfile):
        conf = work / f"odoo-{args.label}.conf"
        env = os.environ | {"PYTHONPATH": f"{ODOO_PATH}:{HERE.parents[1]}"}
        for users in [int(n) for n in args.users.split(",")]:
            subprocess.run(
                [
                    VENV_PY,
                    "-m",
                    "bench.load.setup_users",
                    "-c",
                    str(conf),
                    "--db",
                    args.db,
                    "--secretaries",
                    str(args.secretaries),
                    "--portal",
                    str(args.portal),
                    "--new-votes",
                    "--out",
                    str(users_file),
                ],
                cwd=HERE.parents[1],
                env=env,
                check=True,
                timeout=900,
            )
            subprocess.run(
                [
                    sys.executable,
                    str(HERE / "login.py"),
                    base,
                    str(users_file),
                    str(sessions_file),
                ],
                check=True,
                timeout=900,
            )
            offset = logfile.stat().st_size
            before = (
                cpu_times(),
                pg_xacts(primary, args.db),
                replica and pg_xacts(replica, args.db),
            )
            load_before = os.getloadavg()[0]
            started = time.monotonic()
            rows = run_locust(
                base,
                users,
                args.seconds,
                str(work / f"{args.label}-{users}"),
                os.environ
                | {"LOAD_USERS": str(users_file), "LOAD_SESSIONS": str(sessions_file)},
            )
            elapsed = time.monotonic() - started
            total, idle = (a - b for a, b in zip(cpu_times(), before[0], strict=True))
            xacts = pg_xacts(primary, args.db) - before[1]
            rxacts = replica and pg_xacts(replica, args.db) - before[2]
            modes = cursor_modes(logfile, offset)
            summary = Counter()
            for counter in modes.values():
                summary.update(counter)
            report += [
                f"\n**{users} concurrent users**, {args.seconds} s (wall {elapsed:.0f} s): "
                f"load average {load_before:.2f} → {os.getloadavg()[0]:.2f}, "
                f"CPU busy {100 * (total - idle) / max(total, 1):.0f} % of 2 cores; "
                f"transactions on the primary {xacts}"
                + (f", on the replica {rxacts}" if replica else "")
                + f"; Odoo cursors {dict(summary)}\n",
                table(rows),
            ]
            print("\n".join(report[-2:]), flush=True)
            (work / f"{args.label}-{users}-modes.json").write_text(
                json.dumps({k: dict(v) for k, v in sorted(modes.items())}, indent=1)
            )
    with open(args.out, "a") as out:
        out.write("\n".join(report) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
