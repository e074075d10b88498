# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberWork(models.Model):
    _name = "party.member.work"
    _description = "Party Member Work History"
    _inherit = ["party.member.period.mixin"]

    employer = fields.Char(string="Organisation / Employer", required=True)
    position = fields.Char()
    party_position = fields.Char(help="Position held in the Party during this period.")
