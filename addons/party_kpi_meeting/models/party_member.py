# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, models

from odoo.addons.party_docs.engine.meetings import PRESENT_STATES


class PartyMember(models.Model):
    _inherit = "party.member"

    @api.model
    def _risk_attendance(self, member_ids, first, last):
        """The members' attendance lines of the meetings held from ``first``
        to ``last``, counted per year, in two queries."""
        meetings = (
            self.env["party.meeting"]
            .sudo()
            .search_read(
                self.env["party.kpi.measure"]._held_meeting_domain(first, last),
                ["date_start"],
            )
        )
        year_of = {meeting["id"]: meeting["date_start"].year for meeting in meetings}
        lines = (
            self.env["party.meeting.attendance"]
            .sudo()
            .search_read(
                [("meeting_id", "in", list(year_of)), ("member_id", "in", member_ids)],
                ["meeting_id", "member_id", "state"],
            )
        )
        attendance = defaultdict(lambda: [0, 0, 0])  # present, invited, unexcused
        for line in lines:
            counts = attendance[(line["member_id"][0], year_of[line["meeting_id"][0]])]
            counts[0] += line["state"] in PRESENT_STATES
            counts[1] += 1
            counts[2] += line["state"] == "unexcused"
        return {key: tuple(counts) for key, counts in attendance.items()}
