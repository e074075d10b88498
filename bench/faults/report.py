# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The fault cases' table, from bench/faults/results/*.json.

    python -m bench.faults.report [--readme]

prints the table; ``--readme`` also writes it into bench/faults/README.md
between the RESULTS markers.
"""

import argparse
import json
import statistics
from pathlib import Path

HERE = Path(__file__).parent
BEGIN, END = "<!-- RESULTS BEGIN -->", "<!-- RESULTS END -->"
WHAT = {
    "import": "SIGKILL the worker during a 10,000-row 7-HSĐV import",
    "fees": "SIGKILL the worker during a month's fees (10,000 members)",
    "documents": "SIGKILL the worker during the issue of 300 documents",
    "pg_restart": "restart PostgreSQL under read load",
}
CHECK = {
    "import": "all rows or none; employees = members",
    "fees": "0 or all lines after the kill; rerun completes the month, no line twice",
    "documents": "numbers 1..n, none twice or skipped, counter = n; rerun continues",
    "pg_restart": "errors back to zero ≤ 30 s after the restart",
}


JOB_WHAT = {
    "import": "SIGKILL the cron worker during the 10,000-row import job",
    "fees": "SIGKILL the cron worker during the fee month job (10,000 members)",
}
JOB_CHECK = {
    "import": "the job resumes: every row exactly once (members, employees)",
    "fees": "the job resumes: every line exactly once; a second run adds none",
}


def _seconds(values):
    values = list(values)
    if not values:
        return "–"
    return f"{statistics.median(values):.1f} / {max(values):.1f}"


def row(result):
    runs = result["runs"]
    passed = sum(run["ok"] for run in runs)
    name = result["case"]
    in_job = result.get("mode") == "job"
    what = JOB_WHAT[name] if in_job else WHAT[name]
    check = JOB_CHECK[name] if in_job else CHECK[name]
    if name == "pg_restart":
        recovery = _seconds(run["back_to_zero_s"] for run in runs)
        note = (
            f"{result['users']} users × {result['seconds']:.0f} s; errors per run "
            f"{_seconds(run['errors'] for run in runs)}; restart "
            f"{_seconds(run['restart_s'] for run in runs)} s"
        )
    else:
        recovery = _seconds(run["recovery_s"] for run in runs)
        killed = sum(run["killed"] for run in runs)
        note = (
            f"uninterrupted {result['uninterrupted_s']} s; killed mid-call "
            f"{killed}/{len(runs)}"
        )
        if result.get("missed"):
            note += f" ({result['missed']} calls ended before their kill, retried)"
    if result.get("note"):
        note += f"; {result['note']}"
    return (
        f"| {what} | {check} | {passed}/{len(runs)} | {recovery} | "
        f"{note} | {result.get('code', '')}, load {result.get('load', 0):.1f}, "
        f"{result.get('date', '')} |"
    )


def table(results):
    lines = [
        "| Fault | Checked after recovery | Passed | Recovery s (median / max) | "
        "Figures | Code, load, date |",
        "|---|---|---|---|---|---|",
    ]
    lines += [row(result) for result in results]
    return "\n".join(lines)


def load_results():
    order = list(WHAT)
    results = [json.loads(p.read_text()) for p in (HERE / "results").glob("*.json")]
    return sorted(
        results, key=lambda r: (order.index(r["case"]), r.get("mode") == "job")
    )


def write_readme(text):
    readme = HERE / "README.md"
    content = readme.read_text()
    head, rest = content.split(BEGIN, 1)
    _old, tail = rest.split(END, 1)
    readme.write_text(f"{head}{BEGIN}\n{text}\n{END}{tail}")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--readme", action="store_true")
    args = parser.parse_args(argv)
    text = table(load_results())
    print(text)
    if args.readme:
        write_readme(text)


if __name__ == "__main__":
    main()
