# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the base of the branch vote, live on the vote day."""

from odoo import api, fields, models

from ..engine import member_state
from .party_member_history import MOVE_EVENTS


class PartyCandidate(models.Model):
    _inherit = "party.candidate"

    @api.model
    def _official_member_counts(self, organizations, on_date=None):
        """Map organisation id → number of official members in activity of
        it and of the organisations below it (its party groups) on
        ``on_date`` (default today), replayed from the history."""
        parts = self._vote_base_parts(organizations, on_date)
        return {org_id: official for org_id, (official, _exempt) in parts.items()}

    @api.model
    def _vote_base_parts(self, organizations, on_date=None):
        """Map organisation id → ``(official, exempt)``: the official members
        in activity and the exempt official members of it and of its party
        groups on ``on_date``, replayed from each history up to that day
        (Quy định 294-QĐ/TW). Three queries whatever the number of members."""
        if not organizations:
            return {}
        day = fields.Date.to_date(on_date) or fields.Date.context_today(self)
        states = self._member_states_on(
            self.env["party.member"]
            .sudo()
            .search(
                [
                    "|",
                    ("organization_id", "child_of", organizations.ids),
                    ("event_ids.to_organization_id", "child_of", organizations.ids),
                ]
            ),
            day,
        )
        parts = {org_id: [0, 0] for org_id in organizations.ids}
        for current, org in states.values():
            if current.grade != member_state.OFFICIAL or not org:
                continue
            slot = {
                member_state.ACTIVE: 0,
                member_state.EXEMPT: 1,
            }.get(current.status)
            if slot is None:
                continue  # temporarily transferred or out
            for ancestor_id in org.parent_path.split("/"):
                if ancestor_id and int(ancestor_id) in parts:
                    parts[int(ancestor_id)][slot] += 1
        return {org_id: tuple(pair) for org_id, pair in parts.items()}

    @api.model
    def _member_states_on(self, members, day):
        """Map member id → ``(MemberState, organisation)`` on ``day``: the
        history replayed up to that day and the cell of the last move."""
        events = (
            self.env["party.member.event"]
            .sudo()
            .search_fetch(
                [("member_id", "in", members.ids), ("date", "<=", day)],
                ["member_id", "event_type", "date", "to_organization_id"],
                order="date, id",
            )
        )
        histories = {member.id: [] for member in members}
        cells = {member.id: member.organization_id for member in members}
        for event in events:
            histories[event.member_id.id].append((event.event_type, event.date))
            if event.event_type in MOVE_EVENTS and event.to_organization_id:
                cells[event.member_id.id] = event.to_organization_id
        result = {}
        for member in members:
            current, _problem = member_state.replay(
                histories[member.id], member.official_date or None
            )
            result[member.id] = (current, cells[member.id])
        return result
