# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io

import xlsxwriter

from odoo import api, fields, models

from odoo.addons.party_org.tools.spreadsheet import safe_cell, xlsx_workbook_options

SECRETARY_GROUP = "party_org.group_party_secretary"

REGISTER_DIRECTIONS = [
    ("outgoing", "Outgoing Register"),
    ("incoming", "Incoming Register"),
]
# The register is an official book: its sheets and files are named in
# Vietnamese whatever the language of the user who exports it.
SHEET_NAMES = {"outgoing": "Văn bản đi", "incoming": "Văn bản đến"}
FILE_STEMS = {"outgoing": "so-dang-ky-van-ban-di", "incoming": "so-dang-ky-van-ban-den"}


class PartyDocumentRegister(models.TransientModel):
    _name = "party.document.register"
    _description = "Register of Party Documents"
    _inherit = ["party.protected.mixin"]

    organization_id = fields.Many2one("party.organization", required=True)
    direction = fields.Selection(REGISTER_DIRECTIONS, required=True, default="outgoing")
    date_from = fields.Date(
        required=True,
        default=lambda self: fields.Date.context_today(self).replace(month=1, day=1),
    )
    date_to = fields.Date(required=True, default=fields.Date.context_today)
    xlsx_file = fields.Binary(readonly=True, attachment=False)
    xlsx_filename = fields.Char(readonly=True)

    def _get_documents(self):
        """Documents of the register and period, as the user may see them."""
        self.ensure_one()
        if self.direction == "incoming":
            domain = [
                ("direction", "=", "incoming"),
                ("arrival_date", ">=", self.date_from),
                ("arrival_date", "<=", self.date_to),
            ]
            order = "arrival_date, arrival_number"
        else:
            domain = [
                ("direction", "in", ("outgoing", "internal")),
                ("state", "=", "issued"),
                ("date", ">=", self.date_from),
                ("date", "<=", self.date_to),
            ]
            order = "date, type_id, number"
        domain.append(("organization_id", "=", self.organization_id.id))
        return self.env["party.document"].search(domain, order=order)

    @api.model
    def _register_rows(self, documents, direction):
        """Columns of the register: a header and one row per document."""
        secrecy = dict(documents._fields["secrecy"]._description_selection(self.env))
        if direction == "incoming":
            header = [
                self.env._("Arrival No."),
                self.env._("Arrival Date"),
                self.env._("Sender"),
                self.env._("Number and Symbol"),
                self.env._("Date"),
                self.env._("Summary"),
                self.env._("Handler"),
                self.env._("Deadline"),
                self.env._("Secrecy"),
            ]
            rows = [
                [
                    doc.arrival_number,
                    doc.arrival_date,
                    doc.sender or "",
                    doc.number_symbol or "",
                    doc.date,
                    doc.summary,
                    doc.handler_id.name or "",
                    doc.deadline,
                    secrecy[doc.secrecy],
                ]
                for doc in documents
            ]
        else:
            header = [
                self.env._("Number and Symbol"),
                self.env._("Date"),
                self.env._("Type"),
                self.env._("Summary"),
                self.env._("Signer"),
                self.env._("Recipients"),
                self.env._("Secrecy"),
            ]
            rows = [
                [
                    doc.number_symbol,
                    doc.date,
                    doc.type_id.name,
                    doc.summary,
                    doc.signer_name or "",
                    self._recipients_cell(doc),
                    secrecy[doc.secrecy],
                ]
                for doc in documents
            ]
        return header, rows

    @api.model
    def _recipients_cell(self, doc):
        """The organisations addressed, then the outside recipients one per
        line of the field, separated by "; " (never a leading "; ")."""
        outside = [
            line.strip().lstrip("-").strip().rstrip(",;.")
            for line in (doc.recipient_external or "").splitlines()
        ]
        names = doc.recipient_organization_ids.mapped("name") + outside
        return "; ".join(name for name in names if name)

    def action_print_pdf(self):
        self._party_check_action("write", SECRETARY_GROUP)
        return self.env.ref("party_docs.party_document_register_report").report_action(
            self
        )

    def action_export_xlsx(self):
        self.ensure_one()
        self._party_check_action("write", SECRETARY_GROUP)
        header, rows = self._register_rows(self._get_documents(), self.direction)
        buffer = io.BytesIO()
        workbook = xlsxwriter.Workbook(buffer, xlsx_workbook_options(in_memory=True))
        sheet = workbook.add_worksheet(SHEET_NAMES[self.direction])
        bold = workbook.add_format({"bold": True, "border": 1, "text_wrap": True})
        cell = workbook.add_format({"border": 1, "text_wrap": True, "valign": "top"})
        day = workbook.add_format(
            {"border": 1, "num_format": "dd/mm/yyyy", "valign": "top"}
        )
        title = dict(self._fields["direction"]._description_selection(self.env))[
            self.direction
        ]
        sheet.write(
            0,
            0,
            safe_cell(f"{self.organization_id.name} – {title}"),
            workbook.add_format({"bold": True}),
        )
        sheet.write(1, 0, f"{self.date_from:%d/%m/%Y} – {self.date_to:%d/%m/%Y}")
        for col, name in enumerate(header):
            sheet.write(3, col, safe_cell(name), bold)
            sheet.set_column(col, col, 40 if col in (3, 5) else 16)
        for row_index, row in enumerate(rows, start=4):
            for col, value in enumerate(row):
                if isinstance(value, fields.date):
                    sheet.write_datetime(
                        row_index, col, fields.Datetime.to_datetime(value), day
                    )
                else:
                    sheet.write(
                        row_index,
                        col,
                        safe_cell(value) if value not in (False, None) else "",
                        cell,
                    )
        workbook.close()
        self.sudo().write(
            {
                "xlsx_file": base64.b64encode(buffer.getvalue()),
                "xlsx_filename": (
                    f"{FILE_STEMS[self.direction]}-"
                    f"{self.date_from:%d-%m-%Y}-{self.date_to:%d-%m-%Y}.xlsx"
                ),
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": (
                f"/web/content/{self._name}/{self.id}/xlsx_file/"
                f"{self.xlsx_filename}?download=true"
            ),
            "target": "self",
        }
