# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Meeting calendar compliance (KPIs). The monthly-meeting reminder is the
rule ``no_regular_meeting`` of ``party.reminder``."""

from datetime import timedelta

from odoo import api, fields, models

from ..engine.meetings import meeting_compliance


class PartyMeetingComplianceMixin(models.AbstractModel):
    _name = "party.meeting.compliance.mixin"
    _description = "Party meeting: meeting calendar compliance"

    # KPIs

    @api.model
    def _get_meeting_compliance(self, organizations, date_from, date_to):
        """Map organisation id → which months had a held regular meeting and
        which quarters a held thematic one (see engine.meetings)."""
        meetings = self.sudo().search_read(
            [
                ("organization_id", "in", organizations.ids),
                ("state", "=", "held"),
                ("kind", "in", ("regular", "thematic")),
                ("date_start", ">=", fields.Datetime.to_datetime(date_from)),
                (
                    "date_start",
                    "<",
                    fields.Datetime.to_datetime(date_to) + timedelta(days=1),
                ),
            ],
            ["organization_id", "kind", "date_start"],
        )
        by_org = {org.id: [] for org in organizations}
        for row in meetings:
            by_org[row["organization_id"][0]].append(
                (row["kind"], row["date_start"].date())
            )
        return {
            org_id: meeting_compliance(rows, date_from, date_to)
            for org_id, rows in by_org.items()
        }
