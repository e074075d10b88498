# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party cards through the Print menu, drawn by reportlab (``card_pdf``):
far faster than wkhtmltopdf for thousands of cards (``bench/``). The two
report actions (A4 sheets, one card a page) render here, not through QWeb;
the file is streamed, never stored."""

from odoo import models

CARD_LAYOUTS = {
    "party_card.report_party_card_sheet": "sheet",
    "party_card.report_party_card_single": "single",
}


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _render_qweb_pdf(self, report_ref, res_ids=None, data=None):
        report = self._get_report(report_ref)
        layout = CARD_LAYOUTS.get(report.report_name)
        if layout is None:
            return super()._render_qweb_pdf(report_ref, res_ids=res_ids, data=data)
        cards = self.env["party.card"].browse(res_ids or [])
        return self.env["party.card.print"]._render_cards(cards, layout), "pdf"
