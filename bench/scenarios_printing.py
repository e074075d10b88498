# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Printing scenarios (issue 11): many review forms into one PDF.

wkhtmltopdf renders the real PDF here; the report's CSS is fetched from
``web.base.url`` when a server answers there (``make demo``), else the page
prints unstyled, which is no slower.
"""

from .framework import Result, measure
from .scenarios_cards import _company_and_cell, _insert_members

REVIEWS_TO_PRINT = 500
YEAR = 2025


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


SCENARIOS = {"review_forms_print": review_forms_print}
