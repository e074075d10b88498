# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""My fees: the member's own fee lines, read through the one door of the
portal (``_get_member()``). Portal users hold no access right on
``party.fee.line``: these methods read with sudo, always limited to the
logged-in member's own lines, never to an id the browser chose alone."""

from odoo import api, fields, models

from ..engine import fee_statement
from ..engine.fee_statement import FeeMonth

RECEIPT_REPORT = "party_fee.party_fee_receipt_report"
LINE_FIELDS = [
    "month",
    "amount_due",
    "amount_paid",
    "base_problem",
    "receipt_number",
    "collector_id",
    "date",
]


class PartyPortal(models.AbstractModel):
    _inherit = "party.portal"

    @api.model
    def _portal_fee_lines(self, member):
        """The fee lines of ``member`` (sudo), newest first: one query."""
        return (
            self.env["party.fee.line"]
            .sudo()
            .search_fetch(
                [("member_id", "=", member.id)], LINE_FIELDS, order="month desc"
            )
        )

    @api.model
    def _portal_fee_months(self, lines):
        return [
            FeeMonth(
                line_id=line.id,
                month=line.month,
                due=None if line.base_problem else line.amount_due,
                paid=line.amount_paid,
                receipt=line.receipt_number or "",
            )
            for line in lines
        ]

    @api.model
    def _portal_fee_summary(self, member):
        """The figures of the /my/party tile: what is still to pay in all."""
        months = self._portal_fee_months(self._portal_fee_lines(member))
        _due, _paid, balance = fee_statement.totals(months)
        return {"balance": balance, "has_fees": bool(months)}

    @api.model
    def _portal_fee_statement(self, member, year=None):
        """The values of /my/party/fees for ``member``: the months of the
        year shown (newest first) with their totals, every year with fees,
        this month and how to pay it, the balance of all years and the
        unpaid months counted as in party_fee (Điều lệ Đảng, Điều 8)."""
        today = fields.Date.context_today(self)
        lines = self._portal_fee_lines(member)
        months = self._portal_fee_months(lines)
        shown = fee_statement.shown_year(months, today, year)
        year_months = fee_statement.of_year(months, shown)
        this_month = fee_statement.current_month(months, today)
        unpaid = fee_statement.unpaid_months(months, today)
        collected = lines.filtered("collector_id").sorted(
            lambda line: (line.date or line.month, line.id), reverse=True
        )
        company = member.company_id.with_env(
            self.env
        ).sudo()  # in the reader's language
        return {
            "fee_year": shown,
            "fee_years": fee_statement.years(months) or [shown],
            "fee_months": year_months,
            "fee_year_totals": fee_statement.totals(year_months),
            "fee_totals": fee_statement.totals(months),
            "fee_this_month": this_month,
            "fee_today": today,
            "fee_unpaid_months": unpaid,
            "fee_notice": unpaid >= fee_statement.NOTICE_UNPAID_MONTHS,
            "fee_collector": collected[:1].collector_id.name or "",
            "fee_payment_reference": fee_statement.payment_reference(
                member.file_number, today
            ),
            "fee_payment_howto": company.party_fee_payment_howto or "",
        }

    @api.model
    def _portal_fee_receipt_pdf(self, line_id):
        """The receipt PDF of one of the logged-in member's own fee lines,
        rendered with sudo for that line only (the report logs the print in
        the member's access log); None when ``line_id`` is not the member's
        line with a receipt, the same answer as for a line that does not
        exist. Returns (content, kind, file name) or None: ``kind`` is
        "pdf", or "html" where Odoo renders reports as HTML (test mode)."""
        member = self._get_member()
        if not member or not isinstance(line_id, int):
            return None
        line = (
            self.env["party.fee.line"]
            .sudo()
            .search(
                [
                    ("id", "=", line_id),
                    ("member_id", "=", member.id),
                    ("receipt_number", "!=", False),
                    ("amount_paid", ">", 0),
                ],
                limit=1,
            )
        )
        if not line:
            return None
        content, kind = (
            self.env["ir.actions.report"]
            .sudo()
            ._render_qweb_pdf(RECEIPT_REPORT, line.ids)
        )
        return content, kind, f"receipt-{line.month:%Y-%m}.{kind}"
