# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The records ``reports_per_page`` prints: what one cell secretary and the
committee office select on a working day, built in the scenario's
transaction (rolled back by the runner).

A committee with 20 cells and ``members`` official members (SQL, with their
admission history and membership timeline); in the first cell, SELECTION
members with an employee (photo, resume) each: their cards, review forms,
member forms (2-HSĐV), receipts and CVs. Beside them: held meetings with
minutes, the fee book of two cells, the collective reviews and summaries of
two cells, the badge proposal of the committee and its award list, and
outgoing resolutions (numbered, signed, issued) with their register.
"""

import base64
import io
import random
from datetime import date, datetime, timedelta

from PIL import Image

from .scenarios_cards import (
    OCCASION,
    _company_and_cell,
    _create_cards,
    _insert_admissions,
    _insert_members,
    _sync_timeline,
)
from .scenarios_printing import _approved_documents

SELECTION = 20
MEETINGS = 4
DOCUMENTS = 10
YEAR = 2025
FEE_MONTH = date(2026, 3, 1)
CV_REPORT = "hr_skills.action_report_employee_cv"
MINUTES = (
    "<p>Đồng chí Bí thư chi bộ quán triệt nghị quyết của Đảng ủy về nhiệm vụ "
    "trọng tâm tháng; các đồng chí đảng viên thảo luận, đóng góp ý kiến.</p>"
) * 4


def _photo(rng):
    """A 300×400 JPEG, as a scanned ID photo."""
    image = Image.new("RGB", (300, 400), tuple(rng.randrange(256) for _ in range(3)))
    buffer = io.BytesIO()
    image.save(buffer, "JPEG", quality=85)
    return base64.b64encode(buffer.getvalue())


def _employees(env, members, company):
    """An employee for each member (photo, job, three resume lines with
    Odoo's own first one), linked to the member: the member form prints
    the photo, the CV baseline prints the employees."""
    rng = random.Random(5)
    employees = env["hr.employee"].create(
        [
            {
                "name": member.name.title(),
                "company_id": company.id,
                "job_title": "Chuyên viên phòng Tổ chức",
                "image_1920": _photo(rng),
            }
            for member in members
        ]
    )
    if "hr.resume.line" in env:
        education = env.ref("hr_skills.resume_type_education")
        experience = env.ref("hr_skills.resume_type_experience")
        env["hr.resume.line"].create(
            [
                {
                    "employee_id": employee.id,
                    "name": name,
                    "line_type_id": line_type.id,
                    "date_start": start,
                    "date_end": start + timedelta(days=365 * 4),
                    "description": "Tham gia công tác đảng, đoàn thể của đơn vị.",
                }
                for employee in employees
                for name, line_type, start in (
                    ("Đại học Kinh tế Quốc dân", education, date(2001, 9, 1)),
                    ("Tổng công ty Điện lực", experience, date(2006, 3, 1)),
                )
            ]
        )
    for member, employee in zip(members, employees, strict=True):
        env.cr.execute(
            "UPDATE party_member SET employee_id = %s, birth_place = %s WHERE id = %s",
            [employee.id, "Xã Đông Hưng, tỉnh Thái Bình", member.id],
        )
    env.invalidate_all()
    return employees


def _reviews(env, cells):
    """Reviews of every member of ``cells`` and the cells' collective reviews."""
    members = env["party.member"].search([("organization_id", "in", cells.ids)])
    reviews = env["party.evaluation"].create(
        [{"member_id": member.id, "year": YEAR} for member in members]
    )
    reviews._set_points(82, self_total=85)
    org_reviews = env["party.org.evaluation"].create(
        [{"organization_id": cell.id, "year": YEAR} for cell in cells]
    )
    return reviews, org_reviews


def _held_meetings(env, cell, chair, clerk):
    """MEETINGS held regular meetings of ``cell``, with agenda and minutes."""
    values = []
    for index in range(MEETINGS):
        start = datetime(YEAR, 1 + index, 10, 1, 0)
        vals = env["party.meeting.demo"]._demo_values(cell, "regular", start, index)
        vals.update(minutes=MINUTES, chair_id=chair.id, secretary_id=clerk.id)
        values.append(vals)
    meetings = env["party.meeting"].create(values)
    meetings.action_invite()
    for position, attendance in enumerate(meetings.attendance_ids):
        if position % 7:
            attendance.write(
                {
                    "state": "present",
                    "check_in_time": attendance.meeting_id.date_start
                    + timedelta(minutes=2),
                }
            )
    meetings.action_mark_held()
    return meetings


def _fees(env, top, cells, members):
    """A month of fees for the committee; a receipt for each of ``members``;
    the fee book of two cells."""
    Line = env["party.fee.line"]
    Line._generate(FEE_MONTH, top)
    lines = Line.search(
        [("month", "=", FEE_MONTH), ("member_id", "in", members.ids)], order="id"
    )
    for number, line in enumerate(lines, start=1):
        line._collect(FEE_MONTH + timedelta(days=9), "cash", f"BL2026/{number:05d}")
    books = env["party.fee.book"].create(
        [{"organization_id": cell.id, "month": FEE_MONTH} for cell in cells[:2]]
    )
    return lines, books


def _badges(env, top):
    """The committee's badge proposal for the occasion, and its awards."""
    proposal = env["party.badge.proposal"].create(
        {"occasion_date": OCCASION, "organization_id": top.id}
    )
    proposal.action_compute()
    action = proposal.action_create_proposals()
    return proposal, env["party.badge.award"].search(action["domain"])


def _documents(env):
    """DOCUMENTS outgoing resolutions numbered, signed and issued; the
    register of their committee for the year."""
    documents = _approved_documents(env, DOCUMENTS)
    documents.action_sign_digital()
    documents.action_issue()
    register = env["party.document.register"].create(
        {
            "organization_id": documents.organization_id.id,
            "direction": "outgoing",
            "date_from": date(YEAR, 1, 1),
            "date_to": date(YEAR, 12, 31),
        }
    )
    return documents, register


def build(env, members):
    """Map report xmlid → records to print, and the employees of the CV
    baseline (empty when hr_skills is not installed)."""
    company, top, cells = _company_and_cell(env, "pages")
    company.partner_id.write({"city": "Hà Nội", "tz": "Asia/Ho_Chi_Minh"})
    member_ids = _insert_members(env, max(members, SELECTION), company, cells)
    _insert_admissions(env, member_ids)
    _sync_timeline(env, member_ids)
    env.invalidate_all()
    # _insert_members spreads the members over the cells in turn.
    chosen = env["party.member"].browse(member_ids[:: len(cells)][:SELECTION])
    employees = _employees(env, chosen, company)
    cards = _create_cards(env, chosen.ids)
    reviews, org_reviews = _reviews(env, cells[:2])
    meetings = _held_meetings(env, cells[0], chosen[0], chosen[1])
    receipts, books = _fees(env, top, cells, chosen)
    proposal, awards = _badges(env, top)
    documents, register = _documents(env)
    env.flush_all()
    env.invalidate_all()
    records = {
        "party_card.party_card_report": cards,
        "party_card.party_card_sheet_report": cards,
        "party_card.party_card_single_report": cards,
        "party_member_sheet.party_member_form_report": chosen,
        "party_kpi.action_report_party_evaluation": reviews.filtered(
            lambda review: review.member_id in chosen
        ),
        "party_kpi.action_report_party_org_evaluation": org_reviews,
        "party_kpi.action_report_party_evaluation_summary": org_reviews,
        "party_docs.party_meeting_minutes_report": meetings,
        "party_docs.party_document_report": documents,
        "party_docs.party_document_register_report": register,
        "party_fee.party_fee_receipt_report": receipts,
        "party_fee.party_fee_book_report": books,
        "party_badge.party_badge_proposal_report": proposal,
        "party_badge.party_badge_award_list_report": awards,
    }
    has_cv = bool(env.ref(CV_REPORT, raise_if_not_found=False))
    return records, employees if has_cv else employees.browse()
