# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Who a meeting invites: the one place that says it (party.meeting loads
them into its attendance on creation and with "Load Members")."""

from collections import defaultdict

from odoo import fields, models

from odoo.addons.party_member.engine import timeline

# In activity in the cell on the meeting day, hosted members included.
INVITED_KINDS = (timeline.ACTIVE, timeline.HOSTED)


class PartyMeetingInviteesMixin(models.AbstractModel):
    _name = "party.meeting.invitees.mixin"
    _description = "Party meeting: who is invited"

    def _get_invitee_members(self):
        """Map meeting id → the members it invites: those in activity on the
        meeting day in its organisation or in one of its party groups (tổ
        đảng), who meet with their cell, members hosted there on a temporary
        transfer included, from the membership timeline. Exempt members and
        members temporarily transferred elsewhere are not summoned. The one
        place that says who is invited."""
        groups = (
            self.env["party.organization"]
            .sudo()
            .search(
                [
                    ("parent_id", "in", self.organization_id.ids),
                    ("org_type", "=", "party_group"),
                ]
            )
        )
        Period = self.env["party.membership.period"].sudo()
        by_org = defaultdict(set)
        today = fields.Date.context_today(self)
        day_of = {meeting.id: meeting._meeting_day() or today for meeting in self}
        for day, meetings in self.grouped(lambda m: day_of[m.id]).items():
            periods = Period.search(
                [
                    (
                        "organization_id",
                        "in",
                        (meetings.organization_id | groups).ids,
                    ),
                    *Period._domain_on(day, kinds=INVITED_KINDS),
                ]
            )
            for period in periods:
                org = period.organization_id
                cell = org.parent_id if org in groups else org
                by_org[(day, cell.id)].add(period.member_id.id)
        Member = self.env["party.member"]
        return {
            meeting.id: Member.browse(
                sorted(by_org.get((day_of[meeting.id], meeting.organization_id.id), ()))
            )
            for meeting in self
        }

    def _load_default_invitees(self):
        invitees = self._get_invitee_members()
        existing = {(a.meeting_id.id, a.member_id.id) for a in self.attendance_ids}
        self.env["party.meeting.attendance"].create(
            [
                {"meeting_id": meeting.id, "member_id": member.id}
                for meeting in self
                for member in invitees[meeting.id]
                if (meeting.id, member.id) not in existing
            ]
        )
