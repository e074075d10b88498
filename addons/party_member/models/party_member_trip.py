# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberTrip(models.Model):
    _name = "party.member.trip"
    _description = "Party Member Trip Abroad"
    _inherit = ["party.member.period.mixin"]

    country_id = fields.Many2one("res.country", required=True)
    purpose = fields.Char(required=True)
    sponsor = fields.Char(help="Who sent or paid for the trip.")
