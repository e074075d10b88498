#!/usr/bin/env python3
# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Run named benchmark scenarios against a database with the party addons.

    python -m bench.run --db party_bench --members 10000 [--scenario NAME ...]
    python -m bench.run --db party_bench --generate --members 10000

Each scenario runs in its own transaction, rolled back afterwards, and prints
its figure beside a baseline measured in the same run. ``--generate`` builds
the dataset (bench/generate.py) and commits it. Database options come from
the Odoo config file given by ``-c`` (scripts/bench.sh writes one).

Odoo's HTTP server runs in a thread for the bench database on a free port
(bench/report_server.py): wkhtmltopdf fetches the report CSS from it, so the
printing scenarios measure styled pages. ``--no-styles`` runs without it
(the pages print unstyled), to compare.
"""

import argparse
import importlib
import pkgutil
import sys
from pathlib import Path

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry

from .framework import growth_table, measure
from .generate import generate
from .report_server import serve, use_in


def all_scenarios():
    scenarios = {}
    for module in pkgutil.iter_modules([str(Path(__file__).parent)]):
        if module.name.startswith("scenarios_"):
            scenarios.update(importlib.import_module(f"bench.{module.name}").SCENARIOS)
    return scenarios


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--members", type=int, default=10000)
    parser.add_argument(
        "--growth",
        help="comma-separated sizes (10000,100000,1000000): every scenario at "
        "each, then how its time grows (generate each size first)",
    )
    parser.add_argument("--scenario", action="append", help="default: all")
    parser.add_argument("--generate", action="store_true")
    parser.add_argument(
        "--no-styles",
        action="store_true",
        help="no HTTP server: reports print without their CSS",
    )
    args = parser.parse_args(argv)
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    registry = Registry(args.db)
    scenarios = all_scenarios()
    names = args.scenario or list(scenarios)
    unknown = set(names) - set(scenarios)
    if unknown:
        parser.error(
            f"unknown scenario(s) {sorted(unknown)}; known: {sorted(scenarios)}"
        )
    if args.generate:
        with registry.cursor() as cr:
            env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
            summary, seconds, queries = measure(env, generate, env, args.members)
            print(
                f"generated {args.members} members, "
                f"{summary['organizations']} organisations "
                f"in {seconds:.1f} s ({queries} queries)"
            )
            for label, step_seconds, rows in summary["steps"]:
                print(f"  {label:<50} {rows:>10} rows {step_seconds:8.1f} s")
    report_url = None
    if not args.no_styles:
        try:
            report_url = serve(registry)
        except (OSError, RuntimeError) as error:
            print(f"no HTTP server for the report CSS ({error}): unstyled reports")
    failures = 0
    styles = f"styled reports from {report_url}" if report_url else "unstyled reports"
    sizes = [int(size) for size in args.growth.split(",")] if args.growth else []
    results = {}
    for members in sizes or [args.members]:
        print(f"scenarios at --members {members} ({styles}):")
        for name in names:
            with registry.cursor() as cr:
                env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
                if report_url:
                    use_in(env, report_url)
                result = scenarios[name](env, members)
                cr.rollback()
            print("  " + result.line(), flush=True)
            failures += not result.ok
            results[name, members] = result
    if sizes:
        print(growth_table(names, sizes, results))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
