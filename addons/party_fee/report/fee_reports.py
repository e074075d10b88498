# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Receipt (biên lai thu đảng phí) and fee book (sổ thu nộp đảng phí):
QWeb reports whose values are built here, after the check of who prints
and with the print written to the members' access log."""

from collections import defaultdict

from odoo import api, models
from odoo.exceptions import UserError

from odoo.addons.party_member.report.print_tables import (
    PARTY_SECRETARY,
    issuer_of,
    make_table,
    vnd,
)
from odoo.addons.party_org.tools.print_format import (
    PrintFormat,
    amount_in_words,
    format_date,
)

RECEIPT_HEADERS = ["STT", "Họ và tên", "Tháng", "Số tiền (đồng)", "Ngày nộp"]


def receipt_table(lines, fmt):
    """The table of one receipt: ``lines`` share its number (sudo-read)."""
    first = lines[0]
    parent, issuer = issuer_of(first.organization_id, first.company_id)
    members = lines.member_id
    total = sum(lines.mapped("amount_paid"))
    rows = [
        (
            index,
            line.member_id.name,
            f"{line.month:%m/%Y}",
            vnd(line.amount_paid),
            format_date(line.date),
        )
        for index, line in enumerate(lines, start=1)
    ]
    return make_table(
        parent=parent,
        issuer=issuer,
        place_date=fmt.place_and_date(first.company_id.city, first.date),
        title="BIÊN LAI THU ĐẢNG PHÍ",
        subtitle=f"Số: {first.receipt_number}",
        headers=RECEIPT_HEADERS,
        rows=rows,
        footer=["", "Tổng cộng", "", vnd(total), ""],
        note=f"Bằng chữ: {amount_in_words(total)}.",
        numeric=(3,),
        signatures=[
            ("NGƯỜI NỘP", members.name if len(members) == 1 else ""),
            ("NGƯỜI THU", first.collector_id.name or ""),
        ],
    )


class ReportPartyFeeReceipt(models.AbstractModel):
    _name = "report.party_fee.report_party_fee_receipt"
    _description = "Party Fee Receipt"

    @api.model
    def _get_report_values(self, docids, data=None):
        """One receipt a receipt number: the lines in the user's charge,
        logged as printed."""
        lines = self.env["party.fee.line"].browse(docids)
        lines._party_check_action("write", PARTY_SECRETARY)
        lines = lines.filtered("receipt_number")
        if not lines:
            raise UserError(self.env._("These lines have no receipt yet."))
        self.env["party.member.access.log"]._log(lines.member_id, "print", ["receipt"])
        fmt = PrintFormat(lines[:1].company_id.sudo()._party_tz())
        receipts = defaultdict(lambda: self.env["party.fee.line"].sudo())
        for line in lines.sudo().sorted(lambda line: (line.month, line.id)):
            receipts[line.receipt_number] |= line
        return {
            "doc_ids": lines.ids,
            "doc_model": "party.fee.line",
            "docs": lines,
            "tables": [receipt_table(group, fmt) for group in receipts.values()],
        }


class ReportPartyFeeBook(models.AbstractModel):
    _name = "report.party_fee.report_party_fee_book"
    _description = "Party Fee Collection Book"

    @api.model
    def _get_report_values(self, docids, data=None):
        """The book of each wizard (the wizard checks and logs)."""
        books = self.env["party.fee.book"].browse(docids)
        return {
            "doc_ids": books.ids,
            "doc_model": "party.fee.book",
            "docs": books,
            "tables": [book._book_print_table() for book in books],
        }
