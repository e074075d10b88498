# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Sổ thu nộp đảng phí: a branch's collection book for a month."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.party_member.report.print_tables import issued_table, vnd
from odoo.addons.party_member.report.tables import xlsx_table

from ..models.party_fee_line import PARTY_SECRETARY, first_of_month

HEADERS = [
    "STT",
    "Họ và tên",
    "Đối tượng",
    "Mức lương/ thu nhập",
    "Phải đóng",
    "Đã đóng",
    "Ngày nộp",
    "Hình thức",
    "Biên lai",
]


class PartyFeeBook(models.TransientModel):
    _name = "party.fee.book"
    _description = "Party Fee Collection Book"
    _inherit = ["party.protected.mixin"]

    organization_id = fields.Many2one(
        "party.organization", string="Party Cell", required=True
    )
    month = fields.Date(
        required=True,
        default=lambda self: first_of_month(fields.Date.context_today(self)),
    )

    @api.constrains("organization_id")
    def _check_organization_readable(self):
        if not self.env.su:
            self.organization_id.check_access("read")

    def _lines(self):
        self.ensure_one()
        return self.env["party.fee.line"].search(
            [
                ("organization_id", "child_of", self.organization_id.id),
                ("month", "=", first_of_month(self.month)),
            ],
            order="organization_id, member_id",
        )

    def _book_table(self):
        self._party_check_action("write", PARTY_SECRETARY)
        lines = self._lines()
        if not lines:
            raise UserError(self.env._("No fee line for this month."))
        self.env["party.member.access.log"]._log(lines.member_id, "print", ["fee book"])
        categories = dict(lines._fields["category"]._description_selection(self.env))
        methods = dict(lines._fields["method"]._description_selection(self.env))
        rows = [
            (
                index,
                line.member_id.name,
                categories.get(line.category, ""),
                line.base,
                line.amount_due,
                line.amount_paid,
                line.date and line.date.strftime("%d/%m/%Y") or "",
                methods.get(line.method, ""),
                line.receipt_number or "",
            )
            for index, line in enumerate(lines, start=1)
        ]
        footer = [
            "",
            "Tổng cộng",
            "",
            "",
            sum(lines.mapped("amount_due")),
            sum(lines.mapped("amount_paid")),
            "",
            "",
            "",
        ]
        title = "SỔ THU NỘP ĐẢNG PHÍ"
        month = first_of_month(self.month).strftime("%m/%Y")
        subtitle = f"{self.organization_id.name} – tháng {month}"
        return title, subtitle, rows, footer

    def _book_print_table(self):
        """The printed book (``report_party_fee_book``): checked and logged
        by ``_book_table``; amounts as Vietnamese numbers."""
        title, subtitle, rows, footer = self._book_table()
        money = (3, 4, 5)
        rows = [
            tuple(vnd(v) if i in money else v for i, v in enumerate(r)) for r in rows
        ]
        footer = [vnd(v) if i in money and v != "" else v for i, v in enumerate(footer)]
        organization = self.organization_id
        return issued_table(
            organization,
            organization.sudo().company_id,
            title=title,
            subtitle=subtitle,
            headers=HEADERS,
            rows=rows,
            footer=footer,
            numeric=money,
            signatures=[("NGƯỜI LẬP SỔ", ""), ("T/M CHI ỦY", "")],
        )

    def action_print_pdf(self):
        """The book as a PDF (report ``party_fee.party_fee_book_report``:
        streamed, never stored)."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        return self.env.ref("party_fee.party_fee_book_report").report_action(
            self, config=False
        )

    def action_export_xlsx(self):
        title, subtitle, rows, footer = self._book_table()
        data = xlsx_table(
            "So thu nop",
            f"{title} – {subtitle}",
            HEADERS,
            rows,
            footer=footer,
            money_columns=(3, 4, 5),
        )
        return self.env["party.download"]._action_download(
            data, f"so-thu-nop-dang-phi-{first_of_month(self.month):%Y-%m}.xlsx"
        )

    def action_remit(self):
        """Remit upward the fees collected this month."""
        self._party_check_action("write", PARTY_SECRETARY)
        return self._lines().action_remit()
