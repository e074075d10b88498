# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party_member_sheet import scenario: the member list (7-HSĐV) with employees."""

import base64
import os
import random
from datetime import date, timedelta

from .framework import Result, measure
from .generate import TreeShape, build_tree, org_values, person_name

# One file holds at most 20,000 members (party_member_sheet's
# MAX_IMPORT_ROWS): a larger list is refused ("Split it into several
# files"), so 100,000 members are five imports of one file each.
# BENCH_IMPORT_ROWS sets fewer. (A run asked for 100,000 rows in one file
# was refused after its 40-minute baseline.) BENCH_IMPORT_FILES=5 imports
# 100,000 members as five files, one after the other, against 100,000 bare
# employees (about an hour at a million members).
ROWS = os.environ.get("BENCH_IMPORT_ROWS")
FILES = int(os.environ.get("BENCH_IMPORT_FILES", 1))


def sheet_row_values(rng, ethnicities, index, organization, code, province=None):
    """The 7-HSĐV values of one generated member: row ``index`` (unique
    citizen ID and file number), in ``organization`` (its name), with the
    employee code ``code`` + index; the citizen ID's province ``province``
    (default: drawn from 1 to 96). Used by the faults harness too."""
    sex = rng.choice(("male", "female"))
    birth = date(rng.randint(1960, 2000), rng.randint(1, 12), rng.randint(1, 28))
    decided = date(
        birth.year + rng.randint(20, 24), rng.randint(1, 12), rng.randint(1, 20)
    )
    ceremony = decided + timedelta(days=5)
    return {
        "name": person_name(rng).upper(),
        "birth_date": birth,
        "sex": sex,
        "ethnicity": rng.choice(ethnicities),
        "religion": "Không",
        "hometown": "Hà Nội",
        "citizen_id": f"{province or rng.randint(1, 96):03d}"
        f"{(birth.year // 100 - 19) * 2 + (sex == 'female')}"
        f"{birth.year % 100:02d}{index % 1_000_000:06d}",
        "file_number": f"{index % 1_000_000:06d}{code}",
        "admission_decision_date": decided,
        "admission_date": ceremony,
        # Twelve months of probation after the ceremony (Điều lệ, Điều 5).
        "official_date": ceremony.replace(year=ceremony.year + 1),
        "organization": organization,
        "political_theory_level": rng.choice(
            ("elementary", "intermediate", "advanced")
        ),
        "occupation": "Kỹ sư",
        "employee_code": f"{code}{index:06d}",
    }


def _sheet(env, members, cells, rng, start=0):
    """The XLSX member list of ``members`` rows over ``cells``, numbered
    from ``start`` (their citizen IDs, file numbers and employee codes)."""
    from odoo.addons.party_member_sheet.engine import member_sheet as sheet
    from odoo.addons.party_member_sheet.engine import member_sheet_xlsx as xlsx

    ethnicities = env["party.ethnicity"].search([], limit=10).mapped("name")
    # Citizen IDs are unique in the whole database: the rows take a province
    # code the generated members do not have below 95 million (1 + id // 1M).
    rows = [
        sheet.format_row(
            sheet_row_values(
                rng, ethnicities, i, cells[i % len(cells)].name, "BM", province=96
            ),
            i - start + 1,
        )
        for i in range(start, start + members)
    ]
    return xlsx.write_workbook(rows)


def member_import(env, members):
    """Import ``members`` rows (at most one file's; FILES files of them)
    creating their employees, against creating the same number of bare
    hr.employee records. Measured in the request: the job threshold is
    raised above the rows for the scenario's transaction (above it, the
    same batches run in a background job, party_member_sheet)."""
    # Imported here: the faults harness imports this module before Odoo's
    # addons path is set.
    from odoo.addons.party_member_sheet.engine.member_sheet_xlsx import (
        MAX_IMPORT_ROWS,
    )

    members = min(members, int(ROWS or MAX_IMPORT_ROWS), MAX_IMPORT_ROWS)
    env["ir.config_parameter"].set_param(
        "party_org.job_threshold.member_import", members + 1
    )
    rng = random.Random(7)
    company = env["res.company"].create({"name": "Bench member_import"})
    env = env(context=dict(env.context, allowed_company_ids=[company.id]))
    cells = build_tree(
        env["party.organization"],
        TreeShape.for_members(members * FILES),
        company,
        "IMP",
        org_values,
    )
    files = [_sheet(env, members, cells, rng, start=members * n) for n in range(FILES)]
    _e, baseline, _q = measure(
        env,
        env["hr.employee"].create,
        [
            {"name": person_name(rng), "company_id": company.id}
            for _ in range(members * FILES)
        ],
    )
    wizards = env["party.member.import"].create(
        [
            {
                "file": base64.b64encode(data),
                "company_id": company.id,
                "create_employees": True,
            }
            for data in files
        ]
    )

    def import_files():
        for wizard in wizards:  # one file after the other, as a user would
            wizard.action_import()

    _r, seconds, queries = measure(env, import_files)
    imported = sum(wizards.mapped("imported_count"))
    if imported != members * FILES:
        raise AssertionError(
            f"imported {imported}/{members * FILES}: "
            + " | ".join(report[:300] for report in wizards.mapped("report"))
        )
    files_note = f" in {FILES} files" if FILES > 1 else ""
    return Result(
        f"member_import ({members * FILES}{files_note} + employees)",
        seconds,
        queries,
        baseline=f"{members * FILES} bare hr.employee",
        baseline_seconds=baseline,
        max_ratio=1.5,
    )


SCENARIOS = {"member_import": member_import}
