# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Build a realistic party dataset at a given scale.

The tree is four levels deep, like a large enterprise committee:
grassroots committee → sub-committees → branches (chi bộ) → party groups,
with at least one organisation per 30 members. Employees (and, when
party_member is installed, members) are spread over the branches.
"""

import math
import random
from dataclasses import dataclass, field

MEMBERS_PER_ORG = 30
SUB_COMMITTEE_FANOUT = 8  # branches per sub-committee
FIRST_NAMES = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Minh",
    "Nam",
    "Ngọc",
    "Phương",
    "Quang",
    "Sơn",
    "Thảo",
    "Trang",
    "Tuấn",
    "Việt",
    "Xuân",
    "Yến",
]
FAMILY_NAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
]
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc"]


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


def person_name(rng):
    family, middle = rng.choice(FAMILY_NAMES), rng.choice(MIDDLE_NAMES)
    return f"{family} {middle} {rng.choice(FIRST_NAMES)}"


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


def generate(env, members=10000, seed=42):
    """Build the dataset in ``env``'s transaction; return a summary dict."""
    rng = random.Random(seed)
    company = env["res.company"].create({"name": f"Bench company {members}"})
    shape = TreeShape.for_members(members)
    cells = build_tree(env["party.organization"], shape, company, values=org_values)
    employees = env["hr.employee"].create(
        [{"name": person_name(rng), "company_id": company.id} for _ in range(members)]
    )
    summary = {
        "company": company,
        "organizations": shape.total,
        "cells": cells,
        "employees": employees,
        "members": env["hr.employee"].browse(),
    }
    if "party.member" in env:
        summary["members"] = _generate_members(env, employees, cells, rng)
    return summary


def _generate_members(env, employees, cells, rng):
    """Members in every cell; the member model's own generator hook if any."""
    Member = env["party.member"]
    hook = getattr(Member, "_bench_prepare_member_values", None)
    vals_list = []
    for index, employee in enumerate(employees):
        cell = cells[index % len(cells)]
        vals = {
            "employee_id": employee.id,
            "name": employee.name,
            "organization_id": cell.id,
            "company_id": employee.company_id.id,
        }
        vals_list.append(hook(vals, index, rng) if hook else vals)
    return Member.create(vals_list)
