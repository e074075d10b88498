# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Build a realistic party dataset at a given scale.

The tree is four levels deep, like a large enterprise committee:
grassroots committee → sub-committees → branches (chi bộ) → party groups,
with at least one organisation per 30 members. The tree is made by the
ORM; the people and what they did are loaded with PostgreSQL ``COPY`` and
``INSERT ... SELECT`` (``gen_people``, ``gen_activity``), with the values
the suite's own engines compute, then the tables are analysed.

    make bench ARGS="--generate --members 1000000 --scenario org_create"
"""

import math
import random
import time
from dataclasses import dataclass, field
from datetime import date

import psycopg2.errors

from odoo.tools import SQL

from .gen_copy import drop_secondary_indexes, rebuild_indexes
from .names import person_name  # noqa: F401 (scenarios import it from here)

MEMBERS_PER_ORG = 30
SUB_COMMITTEE_FANOUT = 8  # branches per sub-committee
# Tables loaded by COPY or INSERT ... SELECT (their secondary indexes are
# built after the load).
LOADED_TABLES = (
    "resource_resource",
    "hr_employee",
    "party_member",
    "party_member_event",
    "party_membership_period",
    "party_fee_line",
    "party_meeting",
    "party_meeting_attendance",
    "party_document",
    "party_document_counter",
    "party_evaluation",
)
ANALYZED_TABLES = ("party_organization", *LOADED_TABLES)


@dataclass
class TreeShape:
    """How many units each level holds for a number of members."""

    members: int
    sub_committees: int = 0
    cells: int = 0
    groups: int = 0
    parents: list = field(default_factory=list)

    @classmethod
    def for_members(cls, members):
        orgs_needed = max(4, math.ceil(members / MEMBERS_PER_ORG))
        # 1 committee + s sub-committees + c cells + g groups >= orgs_needed,
        # with one party group per two cells (level 4).
        cells = max(2, math.ceil((orgs_needed - 1) / 1.6))
        sub_committees = max(1, math.ceil(cells / SUB_COMMITTEE_FANOUT))
        groups = max(1, cells // 2)
        return cls(members, sub_committees, cells, groups)

    @property
    def total(self):
        return 1 + self.sub_committees + self.cells + self.groups


def build_tree(model, shape, company, prefix="BENCH", values=None):
    """Create the four levels with one create() per level; return the cells.

    ``model`` is party.organization or hr.department: the same shape is built
    for both so that the runner compares like with like. ``values(level)``
    gives the model-specific values of a level.
    """
    values = values or (lambda level: {})
    top = model.create({"name": f"{prefix} top", "company_id": company.id, **values(0)})
    subs = model.create(
        [
            {
                "name": f"{prefix} sub {i}",
                "parent_id": top.id,
                "company_id": company.id,
                **values(1),
            }
            for i in range(shape.sub_committees)
        ]
    )
    cells = model.create(
        [
            {
                "name": f"{prefix} cell {i}",
                "parent_id": subs[i % len(subs)].id,
                "company_id": company.id,
                **values(2),
            }
            for i in range(shape.cells)
        ]
    )
    model.create(
        [
            {
                "name": f"{prefix} group {i}",
                "parent_id": cells[i].id,
                "company_id": company.id,
                **values(3),
            }
            for i in range(shape.groups)
        ]
    )
    return cells


ORG_LEVEL_TYPES = ["grassroots_committee", "sub_committee", "cell", "party_group"]


def org_values(level):
    return {"org_type": ORG_LEVEL_TYPES[level]}


def generate(env, members=10000, seed=42, today=None):
    """Build the dataset in ``env``'s transaction; return a summary dict
    with the time of each step (``steps``: label, seconds, rows)."""
    # Here, not at the top: they import the addons' engines, which Odoo
    # finds only once its configuration is read (the faults harness and
    # the load scripts import this module before).
    from .gen_activity import (
        insert_documents,
        insert_fees,
        insert_meetings,
        insert_reviews,
    )
    from .gen_people import insert_people

    rng = random.Random(seed)
    today = today or date.today()
    steps = []

    def step(label, func, *args):
        start = time.perf_counter()
        value = func(*args)
        rows = value if isinstance(value, int) else len(value)
        steps.append((label, time.perf_counter() - start, rows))
        return value

    name = f"Bench company {members}"
    taken = env["res.company"].search_count([("name", "=like", f"{name}%")])
    company = env["res.company"].create(
        {"name": f"{name} ({taken + 1})" if taken else name}
    )
    shape = TreeShape.for_members(members)
    Org = env["party.organization"].with_context(tracking_disable=True)
    cells = step(
        "organisations (ORM)", build_tree, Org, shape, company, "BENCH", org_values
    )
    env.cr.execute(
        SQL(
            "UPDATE party_organization SET code = 'B' || id WHERE company_id = %s",
            company.id,
        )
    )
    env.flush_all()
    _skip_foreign_key_checks(env)
    indexes = drop_secondary_indexes(env.cr, LOADED_TABLES)
    member_ids = step(
        "employees, members, histories, timelines (COPY)",
        insert_people,
        env,
        company,
        cells.ids,
        members,
        rng,
        today,
    )
    # The inserts below join the timeline: plan them on its real size.
    step("ANALYZE", _analyze, env, ("party_membership_period", "bench_member_due"))
    step("fee lines, 12 months", insert_fees, env, company, today)
    step("meetings and attendance", lambda: sum(insert_meetings(env, company, today)))
    step("documents", insert_documents, env, company, members, today)
    step("annual reviews", insert_reviews, env, company, today)
    step("indexes rebuilt", rebuild_indexes, env.cr, indexes)
    env.cr.execute("SET LOCAL session_replication_role = DEFAULT")
    step("ANALYZE", _analyze, env, ANALYZED_TABLES)
    env.invalidate_all()
    return {
        "company": company,
        "organizations": shape.total,
        "cells": cells,
        "members": env["party.member"].browse(member_ids),
        "steps": steps,
    }


def _skip_foreign_key_checks(env):
    """The loaded rows reference only rows made before them: the per-row
    foreign-key triggers (a lookup per key per row) are skipped for the
    rest of the load, as pg_restore does. Needs a superuser role (the
    bench's); without one the checks simply run."""
    try:
        with env.cr.savepoint():
            env.cr.execute("SET LOCAL session_replication_role = replica")
    except psycopg2.errors.InsufficientPrivilege:
        return


def _analyze(env, tables):
    """Planner statistics for the loaded tables: without them the first
    queries plan on empty-table estimates."""
    for table in tables:
        env.cr.execute(SQL("ANALYZE %s", SQL.identifier(table)))
    return len(tables)


def generated_company(env, members):
    """The company of a dataset generated with ``members`` members (the
    latest if several), or an empty recordset: scenarios run on it when
    it exists instead of building their own data."""
    return env["res.company"].search(
        [("name", "=like", f"Bench company {members}%")], order="id desc", limit=1
    )
