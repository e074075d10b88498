# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPI measure of party fees, added to the registry of party_kpi (see
party_kpi/models/party_kpi_measure.py for the convention). It reads the
monthly fee lines party_fee stores (member, organisation, month, state and
payment date)."""

from odoo import api, fields, models
from odoo.tools import SQL

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
        """Monthly fee lines paid in full by the end of their month, in the
        subtrees of ``organizations``: counted by PostgreSQL, one query
        (a month is a million lines at a million members)."""
        lines = (
            self.env["party.fee.line"]
            .sudo()
            ._search(
                self._fee_domain(date_start, date_end)
                + [
                    (
                        "organization_id",
                        "child_of",
                        organizations._subtree_roots().ids,
                    )
                ]
            )
        )
        self.env["party.fee.line"].flush_model(
            ["organization_id", "month", "state", "date"]
        )
        self.env.cr.execute(
            SQL(
                """SELECT organization_id, count(*) FILTER (
                              WHERE state = 'paid' AND date IS NOT NULL
                                AND date < month + interval '1 month'),
                          count(*)
                     FROM party_fee_line
                    WHERE id IN %s AND organization_id IS NOT NULL
                 GROUP BY organization_id""",
                lines.subselect(),
            )
        )
        counts = {
            org_id: [on_time, total]
            for org_id, on_time, total in self.env.cr.fetchall()
        }
        return self._rollup(organizations, counts)

    def _records_fees_on_time(self, organization, date_start, date_end):
        """The fee lines of the period (the denominator)."""
        return "party.fee.line", self._fee_domain(date_start, date_end) + [
            ("organization_id", "child_of", organization.id)
        ]
