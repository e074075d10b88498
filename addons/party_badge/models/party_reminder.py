# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The badge reminder rule (see ``party_org/models/party_reminder.py`` for
the engine)."""

from odoo import api, models
from odoo.tools.translate import LazyTranslate

from ..engine.badge import next_occasion

# Lazy texts rendered in each recipient's language by the engine.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)


class PartyReminder(models.AbstractModel):
    _inherit = "party.reminder"

    @api.model
    def _get_reminder_rules(self):
        return {**super()._get_reminder_rules(), "badge_due": None}

    def _remind_badge_due(self, today, delays):
        """A member reaches a badge milestone at the next occasion: propose
        the badge."""
        Award = self.env["party.badge.award"]
        occasion = next_occasion(today, Award._get_badge_rules().occasions)
        eligible = Award._get_eligible(occasion)
        milestones = {member_id: milestone for member_id, _org, milestone in eligible}
        members = self.env["party.member"].browse(list(milestones))
        return [
            (
                member,
                member.organization_id,
                occasion,
                _lt(
                    "%(years)s-year badge due on %(date)s",
                    years=milestones[member.id],
                    date=occasion.strftime("%d/%m/%Y"),
                ),
            )
            for member in members
            if member.company_id.id in delays
        ]
