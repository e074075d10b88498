# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Employees, members, their histories and timelines, by ``COPY``.

Members are made in chunks (``CHUNK`` at a time, so memory stays flat at
a million): for each, a ``resource.resource`` and an ``hr.employee``, the
``party.member`` with the values the ORM computes (state, cell, folded
name, probation end), its events and its membership periods.
"""

from odoo.addons.party_fee.engine.fee import category_fee
from odoo.addons.party_member.engine.identity import search_key
from odoo.addons.party_member.engine.lifecycle import probation_end

from .gen_copy import copy_dicts, copy_rows, reserve_ids, table_columns
from .gen_history import life
from .gen_profile import profile
from .names import person_name

CHUNK = 50_000
TZ = "Asia/Ho_Chi_Minh"
FEE_CATEGORIES = ("wage_earner",) * 17 + ("pensioner",) * 2 + ("student",)
THEORY_LEVELS = ("none",) * 4 + ("elementary",) * 3 + ("intermediate", "advanced")
EVENT_COLUMNS = (
    "member_id",
    "company_id",
    "event_type",
    "date",
    "to_organization_id",
    "from_organization_id",
    "to_external",
    "create_uid",
    "create_date",
    "write_uid",
    "write_date",
)
PERIOD_COLUMNS = (
    "member_id",
    "organization_id",
    "company_id",
    "date_start",
    "date_end",
    "grade",
    "kind",
)


def citizen_id(member_id, birth, female):
    """A valid, unique 12-digit citizen ID (province, century and sex, year
    of birth, then the member id)."""
    province = 1 + (member_id // 1_000_000) % 96
    century = (birth.year // 100 - 19) * 2 + female
    return f"{province:03d}{century}{birth.year % 100:02d}{member_id % 1_000_000:06d}"


def file_number(member_id):
    letters = "ABCDEGHKLMNPQRSTUVXY"
    return f"{member_id % 1_000_000:06d}{letters[(member_id // 1_000_000) % 20]}"


def insert_people(env, company, cells, members, rng, today):
    """Create ``members`` employees and members spread over ``cells``;
    return the member ids."""
    cr = env.cr
    stamp = {
        "create_uid": env.uid,
        "create_date": cr.now(),
        "write_uid": env.uid,
        "write_date": cr.now(),
    }
    columns = {
        table: table_columns(cr, table)
        for table in ("resource_resource", "hr_employee", "party_member")
    }
    member_ids = []
    for start in range(0, members, CHUNK):
        count = min(CHUNK, members - start)
        member_ids += _insert_chunk(
            env, company, cells, start, count, rng, today, stamp, columns
        )
    return member_ids


def _insert_chunk(env, company, cells, start, count, rng, today, stamp, columns):
    cr = env.cr
    first_resource = reserve_ids(cr, "resource_resource", count)
    first_employee = reserve_ids(cr, "hr_employee", count)
    first_member = reserve_ids(cr, "party_member", count)
    resources, employees, members, events, periods = [], [], [], [], []
    calendar_id = company.resource_calendar_id.id
    for offset in range(count):
        index = start + offset
        home = cells[index % len(cells)]
        other = cells[(index * 7 + 3) % len(cells)]
        name = person_name(rng)
        female = " Thị " in name or rng.random() < 0.3
        member_id = first_member + offset
        story = life(rng, today, home, other)
        resource_id, employee_id = first_resource + offset, first_employee + offset
        resources.append(
            {
                "id": resource_id,
                "name": name,
                "company_id": company.id,
                "calendar_id": calendar_id,
                "resource_type": "user",
                "tz": TZ,
                "active": True,
                "time_efficiency": 100,
                **stamp,
            }
        )
        employees.append(
            {
                "id": employee_id,
                "resource_id": resource_id,
                "company_id": company.id,
                "resource_calendar_id": calendar_id,
                "name": name,
                "active": True,
                "employee_type": "employee",
                "marital": "married" if rng.random() < 0.7 else "single",
                "distance_home_work_unit": "kilometers",
                "gender": "female" if female else "male",
                "birthday": story.birth,
                **stamp,
            }
        )
        category = rng.choice(FEE_CATEGORIES)
        base = 0 if category == "student" else rng.randrange(4_000, 40_000) * 1000
        members.append(
            {
                "id": member_id,
                "name": name,
                "name_search_key": search_key(name),
                "employee_id": employee_id,
                "company_id": company.id,
                "organization_id": story.organization_id,
                "state": story.state,
                "sex": "female" if female else "male",
                "birth_date": story.birth,
                "citizen_id": citizen_id(member_id, story.birth, female),
                "file_number": file_number(member_id),
                "admission_decision_date": story.decision,
                "admission_date": story.admission,
                "official_date": story.official,
                "probation_end_date": probation_end(story.admission),
                "fee_category": category,
                "fee_base": base,
                "fee_voluntary_amount": 0,
                "fee_unpaid_months": 0,
                "fee_unpaid_year": 0,
                "fee_flagged": False,
                "fee_base_from_contract": False,
                "political_theory_level": rng.choice(THEORY_LEVELS),
                **profile(rng),
                "state_management_level": "none",
                "recognition_inconclusive_votes": 0,
                "violation_review_open": False,
                "recognition_escalated": False,
                "badge_serious_illness": False,
                "risk_score": 0,
                "active": True,
                **stamp,
            }
        )
        for event in story.events:
            events.append(
                (
                    member_id,
                    company.id,
                    event.event_type,
                    event.date,
                    event.to_org,
                    event.from_org,
                    event.to_external,
                    *stamp.values(),
                )
            )
        for period in story.periods:
            periods.append(
                (
                    member_id,
                    period.organization_id,
                    company.id,
                    period.date_start,
                    period.date_end,
                    period.grade,
                    period.kind,
                )
            )
    copy_dicts(cr, "resource_resource", resources, columns["resource_resource"])
    copy_dicts(cr, "hr_employee", employees, columns["hr_employee"])
    copy_dicts(cr, "party_member", members, columns["party_member"])
    copy_rows(cr, "party_member_event", EVENT_COLUMNS, events)
    copy_rows(cr, "party_membership_period", PERIOD_COLUMNS, periods)
    _store_monthly_dues(cr, members)
    return [row["id"] for row in members]


def _store_monthly_dues(cr, members):
    """Each member's monthly due (the fee engine's default rules) in a
    temporary table: the fee lines are then inserted by SQL."""
    cr.execute(
        "CREATE TEMP TABLE IF NOT EXISTS bench_member_due"
        " (member_id int PRIMARY KEY, category varchar, base int, due int)"
        " ON COMMIT DROP"
    )
    copy_rows(
        cr,
        "bench_member_due",
        ("member_id", "category", "base", "due"),
        (
            (
                m["id"],
                m["fee_category"],
                m["fee_base"],
                category_fee(m["fee_category"], m["fee_base"]),
            )
            for m in members
        ),
    )
