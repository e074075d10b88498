# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

APPLIES_TO = [("member", "Members"), ("organization", "Organisations")]


class PartyEvaluationCriterion(models.Model):
    _name = "party.evaluation.criterion"
    _description = "Quality Review Criterion"
    _inherit = ["party.protected.mixin"]
    _order = "applies_to, sequence, id"

    name = fields.Char(required=True, translate=True)
    code = fields.Char(required=True)
    sequence = fields.Integer(default=10)
    applies_to = fields.Selection(APPLIES_TO, required=True, default="member")
    max_score = fields.Float(
        required=True,
        default=10.0,
        help="Points of this criterion on the 100-point scale "
        "(Quy định 366-QĐ/TW); the active criteria of a kind add up to 100.",
    )
    description = fields.Text(translate=True)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "code_uniq",
            "unique(code, applies_to)",
            "The criterion code must be unique.",
        ),
    ]

    @api.constrains("max_score")
    def _check_max_score(self):
        for criterion in self:
            if not 0 < criterion.max_score <= 100:
                raise ValidationError(
                    self.env._(
                        "The points of criterion %(name)s must be between 0 and 100.",
                        name=criterion.name,
                    )
                )
