# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.event: hand new events to the card, badge and fee hooks."""

from odoo import api, models

CARD_EVENTS = ("expulsion", "removal", "death")


class PartyMemberEvent(models.Model):
    _inherit = "party.member.event"

    @api.model_create_multi
    def create(self, vals_list):
        events = super().create(vals_list)
        relevant = events.filtered(lambda e: e.event_type in CARD_EVENTS)
        if relevant:
            self.env["party.member"]._on_history_events(relevant)
        return events
