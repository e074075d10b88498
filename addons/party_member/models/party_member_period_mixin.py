# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberPeriodMixin(models.AbstractModel):
    """A period of a member's history (work, training, trips abroad)."""

    _name = "party.member.period.mixin"
    _description = "Party Member History Period"
    _inherit = ["party.member.line.mixin"]
    _order = "date_from desc, id"

    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To")
