# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party cards through the Print menu, drawn by reportlab (``card_pdf``):
far faster than wkhtmltopdf for thousands of cards (``bench/``). The two
report actions (A4 sheets, one card a page) render here, not through QWeb;
the file is streamed, never stored. Their HTML preview (``/report/html/``)
shows the same cards in the QWeb card layout (``report_party_card``)."""

from odoo import models

HTML_PREVIEW = "party_card.party_card_report"
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

    def _render_qweb_html(self, report_ref, docids, data=None):
        report = self._get_report(report_ref)
        if report.report_name not in CARD_LAYOUTS:
            return super()._render_qweb_html(report_ref, docids, data=data)
        preview = self.env.ref(HTML_PREVIEW)
        return super()._render_qweb_html(preview.report_name, docids, data=data)
