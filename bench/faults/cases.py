# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The worker-kill cases. Each case has three functions the runner calls:

- ``prepare(env, rep)``: commits the data one repetition needs (fresh each
  time, so repetitions do not interfere) and returns its context;
- ``operation(client, ctx)``: the JSON-RPC calls the office user makes, as
  the web client does; the runner kills the worker serving them;
- ``check(env, client, ctx)``: after recovery, what must hold, then the
  rerun a user would do and what must hold after it. Returns
  ``(ok, detail)``.

They run against today's synchronous code: each long call is one request in
one transaction. A background-job version replaces ``operation`` (start the
job) and the wait in ``check`` (the job resumes), the checks stay.
"""

import base64
import random
from datetime import date, timedelta

from ..scenarios_cards import _insert_admissions, _insert_members, _sync_timeline
from ..scenarios_import import sheet_row_values

OFFICE_LOGIN = "fault.office"
OFFICE_PASSWORD = "fault-office-2026"
IMPORT_ROWS = 10000
FEE_MEMBERS = 10000
DOCUMENTS = 300


def _company(env, label):
    """The faults company ``label`` with a committee and 20 cells, made once."""
    company = env["res.company"].search([("name", "=", f"Faults {label}")])
    if company:
        orgs = env["party.organization"].search([("company_id", "=", company.id)])
        top = orgs.filtered(lambda o: not o.parent_id)
        return company, top, orgs - top
    company = env["res.company"].create({"name": f"Faults {label}"})
    Org = env["party.organization"].with_context(tracking_disable=True)
    top = Org.create(
        {
            "name": f"Faults {label} committee",
            "code": f"ĐUF{label[:3].upper()}",
            "org_type": "grassroots_committee",
            "company_id": company.id,
        }
    )
    cells = Org.create(
        [
            {
                "name": f"Faults {label} cell {i}",
                "org_type": "cell",
                "parent_id": top.id,
                "company_id": company.id,
            }
            for i in range(20)
        ]
    )
    return company, top, cells


def office_user(env, companies):
    """The party office user of the fault cases (and HR officer, as the
    office that imports members with their employees), reaching
    ``companies``."""
    Users = env["res.users"].with_context(no_reset_password=True)
    user = Users.search([("login", "=", OFFICE_LOGIN)])
    values = {
        "company_ids": [(4, company.id) for company in companies],
        # HR officer too: the import creates the members' employees.
        "groups_id": [
            (4, env.ref("party_org.group_party_office").id),
            (4, env.ref("hr.group_hr_user").id),
        ],
    }
    if user:
        user.write(values)
    else:
        user = Users.create(
            {
                "name": "Faults party office",
                "login": OFFICE_LOGIN,
                "password": OFFICE_PASSWORD,
                "company_id": companies[0].id,
                **values,
            }
        )
    return user


def _context(company_id):
    return {"allowed_company_ids": [company_id], "tz": "Asia/Ho_Chi_Minh"}


# ---------------------------------------------------------------- import
def _sheet_rows(env, block, cells):
    """``IMPORT_ROWS`` member rows of codes block ``block``."""
    from odoo.addons.party_member_sheet.engine import member_sheet as sheet

    rng = random.Random(block)
    ethnicities = env["party.ethnicity"].search([], limit=10).mapped("name")
    rows = []
    for k in range(IMPORT_ROWS):
        i = block * IMPORT_ROWS + k
        values = sheet_row_values(rng, ethnicities, i, cells[i % len(cells)].name, "FK")
        rows.append(sheet.format_row(values, k + 1))
    return rows


def _free_block(env):
    """The first block of IMPORT_ROWS employee codes no earlier run used."""
    env.cr.execute(
        r"""SELECT max(substring(barcode FROM 3)::int) FROM hr_employee
             WHERE barcode ~ '^FK\d{6}$'"""
    )
    last = env.cr.fetchone()[0]
    return 0 if last is None else last // IMPORT_ROWS + 1


def import_prepare(env, rep):
    from odoo.addons.party_member_sheet.engine import member_sheet_xlsx as xlsx

    company, _top, cells = _company(env, "import")
    block = _free_block(env)
    data = xlsx.write_workbook(_sheet_rows(env, block, cells))
    codes = [f"FK{block * IMPORT_ROWS + k:06d}" for k in range(IMPORT_ROWS)]
    return {
        "company_id": company.id,
        "file": base64.b64encode(data).decode(),
        "codes": codes,
    }


def import_operation(client, ctx):
    context = _context(ctx["company_id"])
    wizard_id = client.call(
        "party.member.import",
        "create",
        {
            "file": ctx["file"],
            "company_id": ctx["company_id"],
            "create_employees": True,
        },
        context=context,
    )
    client.call("party.member.import", "action_import", [wizard_id], context=context)
    (result,) = client.call(
        "party.member.import",
        "read",
        [wizard_id],
        ["state", "imported_count", "report"],
        context=context,
    )
    if result["imported_count"] != IMPORT_ROWS:
        raise AssertionError(
            f"import {result['state']}: {(result['report'] or '')[:300]}"
        )


def _import_counts(env, codes):
    env.cr.execute(
        """SELECT count(DISTINCT e.id), count(m.id), count(DISTINCT m.employee_id)
             FROM hr_employee e LEFT JOIN party_member m ON m.employee_id = e.id
            WHERE e.barcode = ANY(%s)""",
        [codes],
    )
    return env.cr.fetchone()


def import_check(env, client, ctx):
    """All rows or none: as many employees as members, each once."""
    employees, members, linked = _import_counts(env, ctx["codes"])
    whole = (employees, members, linked) in ((0, 0, 0), (IMPORT_ROWS,) * 3)
    return whole, f"{members}/{IMPORT_ROWS} members, {employees} employees"


# ------------------------------------------------------------------ fees
def fee_setup(env):
    """A company of ``FEE_MEMBERS`` official members, inserted once."""
    company, _top, cells = _company(env, "fees")
    if not env["party.member"].search_count([("company_id", "=", company.id)]):
        ids = _insert_members(env, FEE_MEMBERS, company, cells)
        _insert_admissions(env, ids)
        _sync_timeline(env, ids)
    return company


def fee_prepare(env, rep):
    """The month after the last one billed (from 01/2027): never billed."""
    company = fee_setup(env)
    env.cr.execute(
        "SELECT max(month) FROM party_fee_line WHERE company_id = %s", [company.id]
    )
    last = env.cr.fetchone()[0] or date(2026, 12, 1)
    month = (max(last, date(2026, 12, 1)) + timedelta(days=32)).replace(day=1)
    office = env["res.users"].search([("login", "=", OFFICE_LOGIN)])
    Line = env["party.fee.line"].with_user(office).with_context(**_context(company.id))
    next_month = (month + timedelta(days=32)).replace(day=1)
    expected = sorted(row[0] for row in Line._fee_member_rows(month, next_month, None))
    return {"company_id": company.id, "month": str(month), "expected": expected}


def fee_operation(client, ctx):
    context = _context(ctx["company_id"])
    wizard_id = client.call(
        "party.fee.generate", "create", {"month": ctx["month"]}, context=context
    )
    client.call("party.fee.generate", "action_generate", [wizard_id], context=context)


def _fee_members(env, ctx):
    env.cr.execute(
        "SELECT member_id FROM party_fee_line WHERE company_id = %s AND month = %s",
        [ctx["company_id"], ctx["month"]],
    )
    return sorted(row[0] for row in env.cr.fetchall())


def fee_check(env, client, ctx):
    """None or all of the month's lines; a rerun completes it, no line twice."""
    expected = ctx["expected"]
    before = _fee_members(env, ctx)
    whole = len(before) in (0, len(expected))
    fee_operation(client, ctx)  # the user runs the month again
    env.cr.rollback()  # a fresh snapshot
    after = _fee_members(env, ctx)
    complete = after == expected
    detail = f"{len(before)} lines after the kill, {len(after)}/{len(expected)} after the rerun"
    return whole and complete and len(expected) == FEE_MEMBERS, detail


# ------------------------------------------------------------- documents
def docs_prepare(env, rep):
    """``DOCUMENTS`` signed outgoing documents of a fresh issuer (its own
    register, numbered from 1), not numbered yet (signed on paper)."""
    company, top, _cells = _company(env, "docs")
    Org = env["party.organization"].with_context(tracking_disable=True)
    stamp = f"{rep}{random.randrange(10**6):06d}"
    org = Org.create(
        {
            "name": f"Faults issuer {stamp}",
            "code": f"F{stamp}",
            "org_type": "sub_committee",
            "parent_id": top.id,
            "company_id": company.id,
        }
    )
    env["party.term"].create(
        {
            "organization_id": org.id,
            "date_start": date(2025, 1, 1),
            "date_end": date(2029, 12, 31),
        }
    )
    docs = (
        env["party.document"]
        .with_context(tracking_disable=True)
        .create(
            [
                {
                    "direction": "outgoing",
                    "organization_id": org.id,
                    "type_id": env.ref("party_docs.document_type_cv").id,
                    "summary": f"Công văn thử lỗi số {i + 1}",
                    "date": date(2026, 6, 1),
                    "place": "Hà Nội",
                    "signer_title": "Bí thư",
                    "signer_name": "Nguyễn Văn Hùng",
                    "body": "<p>Nội dung công văn.</p>",
                    "recipient_external": "Lưu Văn phòng",
                }
                for i in range(DOCUMENTS)
            ]
        )
    )
    docs.write({"state": "signed"})
    return {"company_id": company.id, "org_id": org.id, "doc_ids": docs.ids}


def docs_operation(client, ctx):
    client.call(
        "party.document",
        "action_issue",
        ctx["doc_ids"],
        context=_context(ctx["company_id"]),
    )


def _register(env, ctx):
    """(issued count, sorted numbers, counter's last number)."""
    env.cr.execute(
        "SELECT state, number FROM party_document WHERE id = ANY(%s)", [ctx["doc_ids"]]
    )
    rows = env.cr.fetchall()
    env.cr.execute(
        """SELECT coalesce(max(last_number), 0) FROM party_document_counter
            WHERE organization_id = %s AND register = 'outgoing'""",
        [ctx["org_id"]],
    )
    last = env.cr.fetchone()[0]
    numbers = sorted(number for _state, number in rows if number)
    return sum(state == "issued" for state, _n in rows), numbers, last


def _numbered_ok(numbers, last):
    return numbers == list(range(1, last + 1))


def docs_check(env, client, ctx):
    """No number twice, none skipped, the counter at the last one given;
    issuing the rest afterwards continues the register."""
    issued, numbers, last = _register(env, ctx)
    whole = issued in (0, DOCUMENTS) and _numbered_ok(numbers, last)
    pending = [
        doc_id
        for doc_id, state in zip(ctx["doc_ids"], _states(env, ctx), strict=True)
        if state == "signed"
    ]
    if pending:
        docs_operation(client, {**ctx, "doc_ids": pending})
    env.cr.rollback()
    issued_after, numbers_after, last_after = _register(env, ctx)
    complete = issued_after == DOCUMENTS and _numbered_ok(numbers_after, DOCUMENTS)
    detail = (
        f"{issued} issued (numbers 1..{last}) after the kill, "
        f"{issued_after} after the rerun (1..{last_after})"
    )
    return whole and complete and last_after == DOCUMENTS, detail


def _states(env, ctx):
    env.cr.execute(
        "SELECT id, state FROM party_document WHERE id = ANY(%s)", [ctx["doc_ids"]]
    )
    states = dict(env.cr.fetchall())
    return [states[doc_id] for doc_id in ctx["doc_ids"]]


CASES = {
    "import": (import_prepare, import_operation, import_check),
    "fees": (fee_prepare, fee_operation, fee_check),
    "documents": (docs_prepare, docs_operation, docs_check),
}
