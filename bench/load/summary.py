# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One line per run (label × users) from run_load.py's files, and the
cursor mode per route of one run (standard library only).

    python3 bench/load/summary.py primary replica pgbouncer-replica
    python3 bench/load/summary.py --modes replica-100
"""

import csv
import json
import re
import sys
from pathlib import Path

WORK = Path("/var/tmp/load")


def runs(labels):
    print("| setup | users | req/s | p50 ms | p95 ms | p99 ms | errors / requests |")
    print("|---|---:|---:|---:|---:|---:|---:|")
    for label in labels:
        for stats in sorted(
            WORK.glob(f"{label}-*_stats.csv"),
            key=lambda p: int(p.name.rsplit("-", 1)[1].split("_")[0]),
        ):
            users = stats.name.rsplit("-", 1)[1].split("_")[0]
            row = {r["Name"]: r for r in csv.DictReader(stats.open())}["Aggregated"]
            print(
                f"| {label} | {users} | {float(row['Requests/s']):.1f} | "
                f"{row['50%']} | {row['95%']} | {row['99%']} | "
                f"{row['Failure Count']} / {row['Request Count']} |"
            )


def modes(run):
    routes = {}
    for route, counts in json.loads((WORK / f"{run}-modes.json").read_text()).items():
        route = re.sub(r"/party/meeting/[^/]+/", "/party/meeting/<token>/", route)
        for mode, count in counts.items():
            routes.setdefault(route, {}).setdefault(mode, 0)
            routes[route][mode] += count
    print("| route | ro (replica) | rw (primary) | ro->rw (retried) |")
    print("|---|---:|---:|---:|")
    for route, counts in sorted(routes.items()):
        print(
            f"| `{route}` | {counts.get('ro', 0)} | {counts.get('rw', 0)} | "
            f"{counts.get('ro->rw', 0)} |"
        )


if __name__ == "__main__":
    if sys.argv[1] == "--modes":
        modes(sys.argv[2])
    else:
        runs(sys.argv[1:])
