# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PartyOrgEvaluationLine(models.Model):
    _name = "party.org.evaluation.line"
    _description = "Organisation Review Criterion Score"
    _order = "sequence, id"

    evaluation_id = fields.Many2one(
        "party.org.evaluation", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="evaluation_id.company_id", store=True)
    criterion_id = fields.Many2one(
        "party.evaluation.criterion",
        required=True,
        ondelete="restrict",
        domain=[("applies_to", "=", "organization")],
    )
    sequence = fields.Integer(related="criterion_id.sequence", store=True)
    max_score = fields.Float(related="criterion_id.max_score")
    self_score = fields.Float(help="Points the organisation gives itself.")
    score = fields.Float(help="Points proposed by the committee.")

    @api.constrains("self_score", "score")
    def _check_scores(self):
        for line in self:
            for value in (line.self_score, line.score):
                if value < 0 or value > line.criterion_id.max_score:
                    raise ValidationError(
                        self.env._(
                            "The points of %(criterion)s must be between 0 and "
                            "%(max)s. / Điểm của tiêu chí %(criterion)s phải từ 0 "
                            "đến %(max)s.",
                            criterion=line.criterion_id.name,
                            max=line.criterion_id.max_score,
                        )
                    )
