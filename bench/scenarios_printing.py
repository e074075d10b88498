# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Printing scenarios (issue 11): many review forms into one PDF; outgoing
documents numbered, rendered in the 36-HD/VPTW format and signed.

wkhtmltopdf renders the real PDF here, styled: it fetches the report's CSS
from the HTTP server the runner starts for the bench database
(bench/report_server.py; ``--no-styles`` prints unstyled pages, to compare).

At ``--members 2000`` on 2 shared cores (load 5 to 6), 2026-12-05:
review_forms_print 19.8 s styled (40 ms a form, 2.8 MB) against 18.1 s
unstyled (2.6 MB); documents_sign 47.0 s styled (235 ms a document)
against 38.6 s unstyled.
"""

from datetime import date

from .framework import Result, measure
from .scenarios_cards import _company_and_cell, _insert_members

REVIEWS_TO_PRINT = 500
YEAR = 2025
DOCUMENTS_TO_SIGN = 200
CERTIFICATE_PASSWORD = "bench-chung-thu"


def review_forms_print(env, members):
    """500 individual review forms (Quy định 366-QĐ/TW) into one PDF."""
    company, _top, cells = _company_and_cell(env, "reviews")
    member_ids = _insert_members(env, REVIEWS_TO_PRINT, company, cells)
    env.invalidate_all()
    reviews = env["party.evaluation"].create(
        [{"member_id": member_id, "year": YEAR} for member_id in member_ids]
    )
    reviews._set_points(82, self_total=85)
    env.flush_all()
    env.invalidate_all()
    report = env.ref("party_kpi.action_report_party_evaluation")

    def render():
        return report._render_qweb_pdf(report.report_name, reviews.ids)[0]

    pdf, seconds, queries = measure(env, render)
    return Result(
        f"review_forms_print ({len(reviews)} forms)",
        seconds,
        queries,
        max_seconds=30,
        note=f"{seconds / max(len(reviews), 1) * 1000:.0f} ms a form, {len(pdf) // 1024} KiB",
    )


def _approved_documents(env, count):
    """``count`` approved outgoing resolutions of one committee, with the
    elements 36-HD/VPTW requires, and the committee's certificate."""
    company, top, cells = _company_and_cell(env, "signing")
    company.partner_id.write({"city": "Hà Nội", "tz": "Asia/Ho_Chi_Minh"})
    top.write({"code": "ĐUBS"})
    env["party.term"].create(
        {
            "organization_id": top.id,
            "date_start": date(YEAR - 2, 10, 1),
            "date_end": date(YEAR + 3, 9, 30),
        }
    )
    # The demo's certificate generator (party_demo, installed without its data).
    env["party.document.demo"]._create_certificates(top, CERTIFICATE_PASSWORD)
    documents = env["party.document"].create(
        [
            {
                "direction": "outgoing",
                "type_id": env.ref("party_docs.document_type_nq").id,
                "organization_id": top.id,
                "summary": f"Nghị quyết về nhiệm vụ trọng tâm số {i + 1}",
                "date": date(YEAR, 6, 1),
                "place": "Hà Nội",
                "signer_authority": "T/M ĐẢNG ỦY",
                "signer_title": "Bí thư",
                "signer_name": "Nguyễn Văn Hùng",
                "body": (
                    "<p>Đảng ủy quyết nghị tăng cường công tác kiểm tra, giám "
                    f"sát và kỷ luật đảng trong năm {YEAR}.</p>" * 6
                ),
                "recipient_organization_ids": [(6, 0, cells[:3].ids)],
                "recipient_external": "Lưu Văn phòng Đảng ủy",
            }
            for i in range(count)
        ]
    )
    documents.write({"state": "approved"})
    env.flush_all()
    env.invalidate_all()
    return documents


def documents_sign(env, members):
    """200 outgoing documents numbered, rendered (36-HD/VPTW) and signed."""
    documents = _approved_documents(env, DOCUMENTS_TO_SIGN)
    _done, seconds, queries = measure(env, documents.action_sign_digital)
    signed = documents.filtered(lambda d: d.signature_state == "signed")
    return Result(
        f"documents_sign ({len(signed)} signed)",
        seconds,
        queries,
        max_seconds=60,
        note=f"{seconds / max(len(documents), 1) * 1000:.0f} ms a document",
    )


SCENARIOS = {
    "review_forms_print": review_forms_print,
    "documents_sign": documents_sign,
}
