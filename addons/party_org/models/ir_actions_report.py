# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from ..tools.print_format import PrintFormat

PARTY_REPORT_PREFIX = "party_"


class IrActionsReport(models.Model):
    _inherit = "ir.actions.report"

    def _get_rendering_context(self, report, docids, data):
        """Party reports get ``party_fmt``: Vietnamese dates and numbers in
        the time zone of the company of the printed records."""
        data = super()._get_rendering_context(report, docids, data)
        if report.report_name.startswith(PARTY_REPORT_PREFIX):
            docs = data.get("docs")
            company = self.env.company
            if (
                docs is not None
                and "company_id" in docs._fields
                and docs[:1].company_id
            ):
                company = docs[:1].company_id
            data["party_fmt"] = PrintFormat(company.sudo()._party_tz())
        return data
