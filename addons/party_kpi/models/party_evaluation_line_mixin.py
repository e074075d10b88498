# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError

from .party_evaluation_rights import BRANCH_STATES


class PartyEvaluationLineMixin(models.AbstractModel):
    """The points of one criterion in a quality review (of a member or an
    organisation). Models using it define ``evaluation_id``, ``company_id``
    and the domain of ``criterion_id``. Who writes which points follows the
    review's step (party_evaluation_rights)."""

    _name = "party.evaluation.line.mixin"
    _description = "Quality Review Criterion Score Lines"
    _inherit = ["party.protected.mixin"]
    _order = "sequence, id"
    _party_protected_fields = ("evaluation_id", "criterion_id")
    _party_create_fields = ("evaluation_id", "criterion_id")

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
                # "not 0 <= value <= max" also refuses NaN (every comparison
                # with NaN is false), which JSON-RPC accepts as a float.
                if not 0 <= value <= line.criterion_id.max_score:
                    raise ValidationError(
                        self.env._(
                            "The points of %(criterion)s must be between 0 and "
                            "%(max)s.",
                            criterion=line.criterion_id.name,
                            max=line.criterion_id.max_score,
                        )
                    )

    @api.constrains("criterion_id", "evaluation_id")
    def _check_criterion(self):
        """Each criterion once per review, of the review's kind: extra lines
        would add points beyond 100."""
        twice = {
            (review.id, criterion.id)
            for review, criterion, count in self.sudo()._read_group(
                [("evaluation_id", "in", self.evaluation_id.ids)],
                ["evaluation_id", "criterion_id"],
                ["__count"],
            )
            if count > 1
        }
        for line in self.sudo():
            applies_to = line.evaluation_id._criteria_applies_to
            if (
                line.criterion_id.applies_to != applies_to
                or (line.evaluation_id.id, line.criterion_id.id) in twice
            ):
                raise ValidationError(
                    self.env._(
                        "Criterion %(criterion)s does not belong to review "
                        "%(review)s, or is already on it.",
                        criterion=line.criterion_id.name,
                        review=line.evaluation_id.display_name,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        given = [set(vals) - set(self._party_create_fields) for vals in vals_list]
        lines = super().create(vals_list)
        if not self.env.su:
            for line, names in zip(lines, given, strict=True):
                line._check_party_line_write(names, creating=True)
        return lines

    def write(self, vals):
        if not self.env.su:
            for line in self:
                line._check_party_line_write(set(vals))
        return super().write(vals)

    def _check_party_line_write(self, names, creating=False):
        """Refuse the points the current user may not give at this step."""
        self.ensure_one()
        review = self.sudo().evaluation_id
        review = review.with_env(self.env)
        refused = names - review._party_allowed_line_fields()
        if creating and review.sudo().state not in BRANCH_STATES:
            refused.add("criterion_id")
        if refused:
            raise AccessError(
                self.env._(
                    "You may not change %(fields)s on the criteria of %(review)s at "
                    "this step: the member gives their own points while the review "
                    "is a draft, the branch its points before proposing.",
                    fields=", ".join(sorted(self._fields[n].string for n in refused)),
                    review=review.sudo().display_name,
                )
            )
