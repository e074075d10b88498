# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError


class PartyEvaluationLineMixin(models.AbstractModel):
    """The points of one criterion in a quality review (of a member or an
    organisation). Models using it define ``evaluation_id``, ``company_id``
    and the domain of ``criterion_id``."""

    _name = "party.evaluation.line.mixin"
    _description = "Quality Review Criterion Score Lines"
    _order = "sequence, id"

    criterion_id = fields.Many2one(
        "party.evaluation.criterion", required=True, ondelete="restrict"
    )
    sequence = fields.Integer(related="criterion_id.sequence", store=True)
    max_score = fields.Float(related="criterion_id.max_score")
    self_score = fields.Float()
    score = fields.Float()

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
