# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberLineMixin(models.AbstractModel):
    """A line of a member's file (family, work, training, trips, rewards,
    disciplines): the member and the member's company."""

    _name = "party.member.line.mixin"
    _inherit = ["party.protected.mixin"]
    _description = "Party Member File Line"
    # A line stays with the member it was written for.
    _party_protected_fields = ("member_id",)
    _party_create_fields = ("member_id",)

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True)
