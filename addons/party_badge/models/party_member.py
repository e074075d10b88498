# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: the badges of a member."""

from odoo import fields, models


class PartyMember(models.Model):
    _inherit = "party.member"

    badge_award_ids = fields.One2many(
        "party.badge.award", "member_id", string="Party Badges"
    )
    badge_serious_illness = fields.Boolean(
        string="Serious Illness (badge)",
        groups="party_org.group_party_office",
        help="A seriously ill member may receive the badge up to 12 months early "
        "(30-65 years) or 24 months early (70-90 years) (Hướng dẫn 01-HD/TW, 18).",
    )
