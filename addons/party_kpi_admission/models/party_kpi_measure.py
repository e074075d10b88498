# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPI measure of admissions, added to the registry of party_kpi (see
party_kpi/models/party_kpi_measure.py for the convention). It sets the
admissions recorded in the members' histories against the candidates of
party_member_admission planned for the period."""

from collections import defaultdict

from odoo import api, fields, models

ADMISSION_MEASURES = ("admissions_plan",)
ADMISSION_EVENTS = ("admission", "readmission")


class PartyKpiMeasure(models.AbstractModel):
    _inherit = "party.kpi.measure"

    measure = fields.Selection(
        selection_add=[("admissions_plan", "Admissions against plan")],
        ondelete={key: "cascade" for key in ADMISSION_MEASURES},
    )

    @api.model
    def _admission_event_domain(self, date_start, date_end):
        return [
            ("event_type", "in", ADMISSION_EVENTS),
            ("date", ">=", date_start),
            ("date", "<=", date_end),
        ]

    def _measure_admissions_plan(self, organizations, date_start, date_end):
        """Admissions in the period against the candidates planned for it
        (party.candidate.planned_admission_date)."""
        planned = (
            self.env["party.candidate"]
            .sudo()
            ._read_group(
                [
                    ("planned_admission_date", ">=", date_start),
                    ("planned_admission_date", "<=", date_end),
                ],
                ["organization_id"],
                ["__count"],
            )
        )
        counts = defaultdict(lambda: [0, 0])
        for org, count in planned:
            counts[org.id][1] += count
        for _event_id, org_id in self._admission_rows(date_start, date_end):
            counts[org_id][0] += 1
        return self._rollup(organizations, counts)

    @api.model
    def _admission_rows(self, date_start, date_end):
        """(event id, organisation id) of the admissions of the period, at
        the organisation the member belonged to that day."""
        events = (
            self.env["party.member.event"]
            .sudo()
            .search_read(
                self._admission_event_domain(date_start, date_end),
                ["member_id", "date"],
            )
        )
        pairs = [(e["member_id"][0], e["date"]) for e in events if e["member_id"]]
        org_on = self._organization_on(pairs)
        return [
            (e["id"], org_on[(e["member_id"][0], e["date"])])
            for e in events
            if e["member_id"] and (e["member_id"][0], e["date"]) in org_on
        ]

    def _records_admissions_plan(self, organization, date_start, date_end):
        """The admissions counted (the numerator; the denominator is the
        candidates planned)."""
        rows = self._admission_rows(date_start, date_end)
        return "party.member.event", [
            ("id", "in", self._counted_in(rows, organization))
        ]
