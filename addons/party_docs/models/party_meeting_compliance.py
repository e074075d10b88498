# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Meeting calendar compliance (KPIs) and the monthly reminder."""

from datetime import timedelta

from odoo import api, fields, models

from odoo.addons.party_org.models.party_organization import CELL_TYPES

from ..engine.meetings import meeting_compliance


class PartyMeeting(models.Model):
    _inherit = "party.meeting"

    # KPIs and reminders

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

    @api.model
    def _cron_remind_regular_meeting(self):
        """Remind each cell's secretary to schedule this month's regular meeting."""
        today = fields.Date.context_today(self)
        month_start = today.replace(day=1)
        next_month = (month_start + timedelta(days=32)).replace(day=1)
        cells = self.env["party.organization"].search([("org_type", "in", CELL_TYPES)])
        planned = self.search(
            [
                ("organization_id", "in", cells.ids),
                ("kind", "=", "regular"),
                ("state", "!=", "cancel"),
                ("date_start", ">=", fields.Datetime.to_datetime(month_start)),
                ("date_start", "<", fields.Datetime.to_datetime(next_month)),
            ]
        ).organization_id
        activity_type = self.env.ref("party_docs.mail_activity_type_regular_meeting")
        reminded = self.env["mail.activity"].search(
            [
                ("res_model", "=", "party.organization"),
                ("res_id", "in", cells.ids),
                ("activity_type_id", "=", activity_type.id),
                ("date_deadline", ">=", month_start),
            ]
        )
        already = set(reminded.mapped("res_id"))
        month_label = today.strftime("%m/%Y")
        for cell in cells - planned:
            user = cell.secretary_id.user_id
            if not user or cell.id in already:
                continue
            # written in the language of the secretary who gets it
            env = self.with_context(lang=user.lang or self.env.lang).env
            cell.activity_schedule(
                activity_type_id=activity_type.id,
                user_id=user.id,
                date_deadline=next_month - timedelta(days=1),
                summary=env._(
                    "Schedule the regular meeting of %(month)s", month=month_label
                ),
            )
