# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPI measure of party fees, added to the registry of party_kpi (see
party_kpi/models/party_kpi_measure.py for the convention). It reads the
monthly fee lines party_fee stores (member, organisation, month, state and
payment date)."""

from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models

FEE_MEASURES = ("fees_on_time",)


class PartyKpiMeasure(models.AbstractModel):
    _inherit = "party.kpi.measure"

    measure = fields.Selection(
        selection_add=[("fees_on_time", "Fees collected on time")],
        ondelete={key: "cascade" for key in FEE_MEASURES},
    )

    @api.model
    def _fee_domain(self, date_start, date_end):
        """Fee lines of the months of ``date_start`` to ``date_end``."""
        return [("month", ">=", date_start.replace(day=1)), ("month", "<=", date_end)]

    def _measure_fees_on_time(self, organizations, date_start, date_end):
        """Monthly fee lines paid in full by the end of their month."""
        lines = (
            self.env["party.fee.line"]
            .sudo()
            .search_read(
                self._fee_domain(date_start, date_end),
                ["organization_id", "month", "state", "date"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for line in lines:
            if not line["organization_id"]:
                continue
            count = counts[line["organization_id"][0]]
            count[1] += 1
            month_end = (line["month"].replace(day=28) + timedelta(days=4)).replace(
                day=1
            )
            if line["state"] == "paid" and line["date"] and line["date"] < month_end:
                count[0] += 1
        return self._rollup(organizations, counts)

    def _records_fees_on_time(self, organization, date_start, date_end):
        """The fee lines of the period (the denominator)."""
        return "party.fee.line", self._fee_domain(date_start, date_end) + [
            ("organization_id", "child_of", organization.id)
        ]
