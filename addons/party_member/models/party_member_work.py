# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberWork(models.Model):
    _name = "party.member.work"
    _description = "Party Member Work History"
    _order = "date_from desc, id"

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True)
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To")
    employer = fields.Char(string="Organisation / Employer", required=True)
    position = fields.Char()
    party_position = fields.Char(help="Position held in the Party during this period.")
