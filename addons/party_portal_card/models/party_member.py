# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the member's current party card, for their portal record."""

from odoo import models

from odoo.addons.party_card.models.party_card import VALID_CARD_STATES


class PartyMember(models.Model):
    _inherit = "party.member"

    def _portal_card(self):
        """The current card of this member (sudo): the valid one, else the
        latest (lost, recovered, kept by the family); empty if none. Portal
        users hold no right on party.card: the search is scoped to this
        member only, who comes from ``party.portal._get_member()``."""
        self.ensure_one()
        cards = (
            self.env["party.card"]
            .sudo()
            .search_fetch(
                [("member_id", "=", self.id)],
                ["number", "issue_date", "state", "state_date"],
                order="issue_date desc, id desc",
            )
        )
        valid = cards.filtered(lambda card: card.state in VALID_CARD_STATES)
        return (valid or cards)[:1]
