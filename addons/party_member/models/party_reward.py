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
# Shared with party.discipline: the level that decided.
DECISION_LEVELS = [
    ("cell", "Party Cell"),
    ("grassroots", "Grassroots Committee"),
    ("upper", "Upper Committee"),
    ("provincial", "Provincial or Equivalent Committee"),
    ("central", "Central Level"),
]


class PartyReward(models.Model):
    _name = "party.reward"
    _description = "Party Reward"
    _inherit = ["mail.thread"]
    _order = "date desc, id desc"
    _check_company_auto = True

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True, index=True)
    organization_id = fields.Many2one(related="member_id.organization_id", store=True)
    decision_id = fields.Many2one(
        "party.decision",
        required=True,
        ondelete="restrict",
        check_company=True,
        domain="[('decision_type', '=', 'reward')]",
    )
    form = fields.Selection(REWARD_FORMS, required=True, default="commendation")
    level = fields.Selection(DECISION_LEVELS, required=True, default="grassroots")
    date = fields.Date(required=True, default=fields.Date.context_today)
    reason = fields.Text()
