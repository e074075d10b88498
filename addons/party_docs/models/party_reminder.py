# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reminder rules on meetings (see ``party_org/models/party_reminder.py``
for the engine)."""

from collections import defaultdict
from datetime import datetime, time, timedelta

from odoo import api, models
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
        meetings = self.env["party.meeting"].search(
            [
                ("company_id", "in", list(delays)),
                ("state", "=", "held"),
                (
                    "date_start",
                    ">=",
                    datetime.combine(today - ABSENCE_LOOKBACK, time.min),
                ),
                (
                    "date_start",
                    "<",
                    datetime.combine(today + timedelta(days=1), time.min),
                ),
            ]
        )
        when = {meeting.id: meeting.date_start for meeting in meetings}
        rows = self.env["party.meeting.attendance"].search_read(
            [("meeting_id", "in", meetings.ids), ("member_id", "!=", False)],
            ["meeting_id", "member_id", "state", "company_id"],
        )
        marks = defaultdict(list)
        company_of = {}
        for row in rows:
            member_id = row["member_id"][0]
            marks[member_id].append((when[row["meeting_id"][0]], row["state"]))
            company_of[member_id] = row["company_id"] and row["company_id"][0]
        flagged = []
        for member_id, member_marks in marks.items():
            count = delays.get(company_of[member_id]) or 0
            last = sorted(member_marks, reverse=True)[:count]
            if count and len(last) == count and all(s == "unexcused" for _d, s in last):
                flagged.append(member_id)
        return [
            (
                member,
                member.organization_id,
                month_end(today),
                _lt(
                    "Absent without excuse from the last %(count)s meetings",
                    count=delays[company_of[member.id]],
                ),
            )
            for member in self.env["party.member"].browse(flagged)
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
