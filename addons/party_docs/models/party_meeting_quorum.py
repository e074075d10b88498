# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The vote base and the quorum of a meeting, counted by the server.

Điều lệ Đảng, Điều 10: a resolution passes with more than half of the
official members of the organisation, not of the votes cast. The base is
counted on the meeting day: the official members of the cell and of its
party groups (tổ đảng), minus those temporarily transferred elsewhere,
minus the exempt members who do not attend (they count when they attend).
A meeting where no more than half of that base is present cannot reach
that majority, so it cannot record votes.
"""

import pytz

from odoo import api, fields, models
from odoo.exceptions import UserError

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_member.engine.vote import has_majority, vote_base

from ..engine.meetings import PRESENT_STATES

# Members who vote: official members, exempt ones when they attend.


class PartyMeetingQuorumMixin(models.AbstractModel):
    _name = "party.meeting.quorum.mixin"
    _description = "Party meeting: vote base and quorum"

    vote_base = fields.Integer(
        compute="_compute_quorum",
        store=True,
        help="Official members of the organisation and its party groups on the "
        "meeting day, minus those temporarily transferred elsewhere, plus the "
        "exempt members present (Điều lệ Đảng, Điều 10). Counted by the server.",
    )
    present_voter_count = fields.Integer(
        string="Official Members Present",
        compute="_compute_quorum",
        store=True,
        help="Official members present (exempt members who attend included): "
        "probationary members attend but do not vote.",
    )
    quorum_reached = fields.Boolean(
        compute="_compute_quorum",
        store=True,
        help="More than half of the vote base is present: only then can the "
        "meeting pass a resolution (Điều lệ Đảng, Điều 10).",
    )

    @api.depends(
        "organization_id",
        "kind",
        "date_start",
        "attendance_ids.state",
        "attendance_ids.member_id",
    )
    def _compute_quorum(self):
        Period = self.env["party.membership.period"].sudo()
        voters_of = self._present_voter_kinds()
        for day, meetings in self.grouped(lambda m: m._meeting_day()).items():
            parts = (
                Period._vote_base_parts(meetings.organization_id, day) if day else {}
            )
            for meeting in meetings:
                kinds = list(voters_of[meeting.id].values())
                if meeting.kind == "committee":
                    # A committee decides with more than half of its members,
                    # those summoned to the meeting.
                    base = len(meeting.sudo().attendance_ids)
                else:
                    official, exempt = parts.get(meeting.organization_id.id, (0, 0))
                    base = vote_base(official, exempt, kinds.count(timeline.EXEMPT))
                meeting.vote_base = base
                meeting.present_voter_count = len(kinds)
                meeting.quorum_reached = has_majority(len(kinds), base)

    def _present_voter_kinds(self, members=None):
        """Meeting id → {member id: period kind} of the members present who
        vote: at a committee meeting everyone present (kind ``None``);
        otherwise the official members of the organisation and its party
        groups on the meeting day, registered in activity or exempt (from the
        membership timeline). Probationary members attend but do not vote
        (Điều lệ Đảng, Điều 5 and 10). ``members`` narrows the answer to
        them (one ballot's check). The one place of this rule: the quorum
        and the votes in the meeting read it. A constant number of queries."""
        Period = self.env["party.membership.period"].sudo()
        if members is None:
            present_of = {
                meeting.id: meeting.sudo()
                .attendance_ids.filtered(lambda a: a.state in PRESENT_STATES)
                .member_id
                for meeting in self
            }
        else:
            # One ballot's check: only ``members``' lines, not the meeting's.
            present_of = {meeting.id: self.env["party.member"] for meeting in self}
            for line in (
                self.env["party.meeting.attendance"]
                .sudo()
                .search(
                    [
                        ("meeting_id", "in", self.ids),
                        ("member_id", "in", members.ids),
                        ("state", "in", list(PRESENT_STATES)),
                    ]
                )
            ):
                present_of[line.meeting_id.id] |= line.member_id
        result = {}
        for day, meetings in self.grouped(lambda m: m._meeting_day()).items():
            kind_of = {}
            everyone = self.env["party.member"].union(
                *(present_of[m.id] for m in meetings if m.kind != "committee")
            )
            if day and everyone:
                for period in Period.search(
                    [
                        ("member_id", "in", everyone.ids),
                        *Period._domain_on(
                            day,
                            kinds=(timeline.ACTIVE, timeline.EXEMPT),
                            grades=("official",),
                        ),
                    ]
                ):
                    kind_of[period.member_id.id] = (
                        period.kind,
                        period.organization_id.parent_path or "",
                    )
            for meeting in meetings:
                present = present_of[meeting.id]
                if meeting.kind == "committee":
                    result[meeting.id] = dict.fromkeys(present.ids)
                    continue
                # Only members of this organisation (or its groups) vote.
                path = meeting.organization_id.parent_path or "-"
                result[meeting.id] = {
                    mid: kind_of[mid][0]
                    for mid in present.ids
                    if mid in kind_of and kind_of[mid][1].startswith(path)
                }
        return result

    def _meeting_day(self):
        """The meeting's date in the company's time zone."""
        self.ensure_one()
        if not self.date_start:
            return False
        tz = self.company_id.resource_calendar_id.tz or self.env.user.tz or "UTC"
        local = pytz.utc.localize(self.date_start).astimezone(pytz.timezone(tz))
        return local.date()

    def _check_quorum_for_votes(self):
        """Refuse to close a meeting that recorded votes without its quorum
        (called by party.meeting.action_mark_held, after closing it)."""
        for meeting in self:
            voted = meeting.agenda_ids.filtered(
                lambda a: a.vote_rule != "none"
                and (a.votes_for or a.votes_against or a.votes_abstain)
            )
            if voted and not meeting.quorum_reached:
                raise UserError(
                    self.env._(
                        "%(meeting)s recorded votes on %(items)s, but only "
                        "%(present)s of its %(base)s official members are "
                        "present: more than half must attend for the meeting to "
                        "pass a resolution (Điều lệ Đảng, Điều 10). Record the "
                        "attendance, or clear the votes.",
                        meeting=meeting.display_name,
                        items=", ".join(voted.mapped("name")),
                        present=meeting.present_voter_count,
                        base=meeting.vote_base,
                    )
                )
