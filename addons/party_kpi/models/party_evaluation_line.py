# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyEvaluationLine(models.Model):
    _name = "party.evaluation.line"
    _description = "Quality Review Criterion Score"
    _inherit = ["party.evaluation.line.mixin"]

    evaluation_id = fields.Many2one(
        "party.evaluation", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True)
    criterion_id = fields.Many2one(domain=[("applies_to", "=", "member")])
    self_score = fields.Float(help="Points the member gives themself.")
    score = fields.Float(help="Points proposed by the branch.")
