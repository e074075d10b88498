# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party_org scenarios."""

from .framework import Result, measure
from .generate import TreeShape, build_tree, org_values


def org_create(env, members):
    """Create the organisation tree for ``members`` (one unit per 30 members,
    four levels) against the same tree of hr.department records."""
    company = env["res.company"].create({"name": "Bench org_create"})
    shape = TreeShape.for_members(members)
    Org = env["party.organization"].with_context(tracking_disable=True)
    Dep = env["hr.department"].with_context(tracking_disable=True)
    _cells, baseline, _q = measure(env, build_tree, Dep, shape, company, "DEP")
    _cells, seconds, queries = measure(
        env, build_tree, Org, shape, company, "ORG", org_values
    )
    return Result(
        f"org_create ({shape.total} orgs)",
        seconds,
        queries,
        baseline=f"{shape.total} hr.department",
        baseline_seconds=baseline,
        max_ratio=1.5,
    )


SCENARIOS = {"org_create": org_create}
