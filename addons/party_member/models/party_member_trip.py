# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberTrip(models.Model):
    _name = "party.member.trip"
    _description = "Party Member Trip Abroad"
    _order = "date_from desc, id"

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True)
    date_from = fields.Date(string="From", required=True)
    date_to = fields.Date(string="To")
    country_id = fields.Many2one("res.country", required=True)
    purpose = fields.Char(required=True)
    sponsor = fields.Char(help="Who sent or paid for the trip.")
