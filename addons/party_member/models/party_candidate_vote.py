# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.candidate: the base of the branch vote, live on the vote day."""

from odoo import api, fields, models

from ..engine import member_state, timeline


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
        registered in activity and the exempt official members of it and of
        its party groups on ``on_date`` (default today), read from the
        membership timeline. Members temporarily transferred elsewhere and
        members hosted from elsewhere are not in the base (Quy định
        294-QĐ/TW). Two queries whatever the number of members."""
        if not organizations:
            return {}
        day = fields.Date.to_date(on_date) or fields.Date.context_today(self)
        periods = self.env["party.membership.period"]._periods_on(
            organizations,
            day,
            kinds=(timeline.ACTIVE, timeline.EXEMPT),
            grades=(member_state.OFFICIAL,),
        )
        parts = {org_id: [0, 0] for org_id in organizations.ids}
        for period in periods:
            slot = 0 if period.kind == timeline.ACTIVE else 1
            for ancestor_id in period.organization_id.parent_path.split("/"):
                if ancestor_id and int(ancestor_id) in parts:
                    parts[int(ancestor_id)][slot] += 1
        return {org_id: tuple(pair) for org_id, pair in parts.items()}

    @api.model
    def _official_in_activity(self, members, day):
        """The ``members`` who are official members on ``day``, registered
        or hosted anywhere in the enterprise (exempt or temporarily
        transferred too), from the membership timeline."""
        Period = self.env["party.membership.period"].sudo()
        periods = Period.search(
            [
                ("member_id", "in", members.ids),
                *Period._domain_on(
                    day,
                    kinds=timeline.KINDS,
                    grades=(member_state.OFFICIAL,),
                ),
            ]
        )
        return periods.member_id
