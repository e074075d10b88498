# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the party cards of a member, who may hold one, and what
happens to the cards when the member leaves the Party."""

from odoo import api, fields, models

from .party_card import (
    CARD_MEMBER_STATES,
    CARD_MEMBER_STATES_IF_OFFICIAL,
    PARTY_SECRETARY,
    VALID_CARD_STATES,
)

# History events that act on the member's cards.
CARD_EVENTS = ("expulsion", "removal", "death")


class PartyMember(models.Model):
    _inherit = "party.member"

    card_ids = fields.One2many("party.card", "member_id", string="Party Cards")
    card_count = fields.Integer(compute="_compute_card_count")
    card_number = fields.Char(
        compute="_compute_card_number",
        search="_search_card_number",
        help="Number of the member's valid party card.",
    )

    def _compute_card_count(self):
        groups = self.env["party.card"]._read_group(
            [("member_id", "in", self.ids)], ["member_id"], ["__count"]
        )
        counts = {member.id: count for member, count in groups}
        for member in self:
            member.card_count = counts.get(member.id, 0)

    def _compute_card_number(self):
        cards = self.env["party.card"].search(
            [("member_id", "in", self.ids), ("state", "in", VALID_CARD_STATES)],
            order="issue_date, id",
        )
        numbers = {card.member_id.id: card.number for card in cards}
        for member in self:
            member.card_number = numbers.get(member.id, False)

    def _search_card_number(self, operator, value):
        return [("card_ids", "any", [("number", operator, value)])]

    def action_view_cards(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_card.party_card_action"
        )
        action["domain"] = [("member_id", "=", self.id)]
        action["context"] = {"default_member_id": self.id}
        return action

    # ------------------------------------------------------------------
    # Hooks
    # ------------------------------------------------------------------
    def _party_card_allowed(self):
        """True when the member may hold a party card: official and in the
        Party (the official grade is kept during a temporary transfer or an
        exemption from activity)."""
        self.ensure_one()
        if self.state in CARD_MEMBER_STATES:
            return True
        return bool(self.state in CARD_MEMBER_STATES_IF_OFFICIAL and self.official_date)

    def _party_card_holder(self):
        """True when a card issued to this member still proves membership:
        the member may hold a card, or has left this committee by an
        official transfer with the official grade. They stay a party member
        in the receiving committee (Quy định 294-QĐ/TW), so the card stays
        valid; only removal, expulsion, leaving and death end it."""
        self.ensure_one()
        if self.state == "transferred_out":
            return bool(self.official_date)
        return self._party_card_allowed()

    def _party_card_number(self):
        self.ensure_one()
        return self.card_number

    @api.model
    def _on_history_events(self, events):
        """Recover the cards of expelled or removed members; the family
        keeps the card of a deceased member."""
        res = super()._on_history_events(events)
        events = events.filtered(lambda event: event.event_type in CARD_EVENTS)
        if not events:
            return res
        Card = self.env["party.card"]
        exits = events.filtered(
            lambda event: event.event_type in ("expulsion", "removal")
        ).member_id
        if exits:
            Card._ask_recovery(exits)
        for event in events.filtered(lambda event: event.event_type == "death"):
            Card._keep_by_family(event.member_id, event.date)
        return res
