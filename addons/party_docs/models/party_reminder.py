# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reminder rules on meetings (see ``party_org/models/party_reminder.py``
for the engine)."""

from datetime import datetime, time, timedelta

from odoo import api, models
from odoo.tools import SQL
from odoo.tools.translate import LazyTranslate

from odoo.addons.party_org.models.party_organization import CELL_TYPES
from odoo.addons.party_org.models.party_reminder import month_end

# Lazy texts rendered in each recipient's language by the engine.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

# Meetings looked at for absences in a row.
ABSENCE_LOOKBACK = timedelta(days=183)


class PartyReminder(models.AbstractModel):
    _inherit = "party.reminder"

    @api.model
    def _get_reminder_rules(self):
        return {
            **super()._get_reminder_rules(),
            "unexcused_absences": 2,
            "no_regular_meeting": None,
        }

    def _remind_unexcused_absences(self, today, delays):
        """Absent without excuse from the last meetings held (as many in a
        row as the delay says): talk with the member before it becomes
        grounds for removal (Điều lệ Đảng, Điều 8)."""
        # In PostgreSQL: each member's last meetings held (a window over
        # six months of attendance: millions of rows at a million members,
        # which reading through the ORM ran out of memory).
        wanted = {company: count for company, count in delays.items() if count}
        if not wanted:
            return []
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """WITH delays(company_id, wanted) AS (VALUES %(delays)s),
                   ranked AS (
                       SELECT a.member_id, a.state, d.wanted, row_number() OVER (
                           PARTITION BY a.member_id
                           ORDER BY m.date_start DESC, a.state DESC) AS position
                       FROM party_meeting_attendance a
                       JOIN party_meeting m ON m.id = a.meeting_id
                       JOIN delays d ON d.company_id = a.company_id
                       WHERE m.state = 'held' AND a.member_id IS NOT NULL
                           AND m.date_start >= %(since)s AND m.date_start < %(until)s
                   )
                   SELECT member_id, wanted FROM ranked
                   WHERE position <= wanted
                   GROUP BY member_id, wanted
                   HAVING COUNT(*) = wanted AND bool_and(state = 'unexcused')""",
                delays=SQL(", ").join(
                    SQL("(%s, %s)", company_id, count)
                    for company_id, count in wanted.items()
                ),
                since=datetime.combine(today - ABSENCE_LOOKBACK, time.min),
                until=datetime.combine(today + timedelta(days=1), time.min),
            )
        )
        counts = dict(self.env.cr.fetchall())
        return [
            (
                member,
                member.organization_id,
                month_end(today),
                _lt(
                    "Absent without excuse from the last %(count)s meetings",
                    count=counts[member.id],
                ),
            )
            for member in self.env["party.member"].browse(list(counts))
        ]

    def _remind_no_regular_meeting(self, today, delays):
        """No regular meeting planned or held this month in a cell (Điều lệ
        Đảng, Điều 24: the cell meets monthly); closes once one is planned."""
        start = today.replace(day=1)
        next_month = month_end(today) + timedelta(days=1)
        cells = self.env["party.organization"].search(
            [("company_id", "in", list(delays)), ("org_type", "in", CELL_TYPES)]
        )
        planned = (
            self.env["party.meeting"]
            .search(
                [
                    ("organization_id", "in", cells.ids),
                    ("kind", "=", "regular"),
                    ("state", "!=", "cancel"),
                    ("date_start", ">=", datetime.combine(start, time.min)),
                    ("date_start", "<", datetime.combine(next_month, time.min)),
                ]
            )
            .organization_id
        )
        return [
            (
                cell,
                cell,
                month_end(today),
                _lt(
                    "Schedule the regular meeting of %(month)s",
                    month=today.strftime("%m/%Y"),
                ),
            )
            for cell in cells - planned
        ]
