# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the badges awarded to the member, for their portal record."""

from odoo import models


class PartyMember(models.Model):
    _inherit = "party.member"

    def _portal_badge_awards(self):
        """The badges awarded to this member (sudo), newest first. Portal
        users hold no right on party.badge.award: the search is scoped to
        this member only, who comes from ``party.portal._get_member()``;
        proposals and cancelled awards are not shown."""
        self.ensure_one()
        return (
            self.env["party.badge.award"]
            .sudo()
            .search_fetch(
                [("member_id", "=", self.id), ("state", "=", "awarded")],
                ["milestone", "occasion_date"],
                order="occasion_date desc, milestone desc, id",
            )
        )
