# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

REWARD_FORMS = [
    ("praise", "Praise"),
    ("commendation", "Certificate of Commendation"),
    ("merit", "Certificate of Merit"),
    ("emulation_title", "Emulation Title"),
    ("other", "Other"),
]


class PartyReward(models.Model):
    _name = "party.reward"
    _description = "Party Reward"
    _inherit = ["party.member.record.mixin"]

    decision_id = fields.Many2one(domain="[('decision_type', '=', 'reward')]")
    form = fields.Selection(REWARD_FORMS, required=True, default="commendation")
