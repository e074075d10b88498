# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_evaluation_mixin import GRADES, OFFICE

REVIEW_MODELS = [
    ("party.evaluation", "Member Review"),
    ("party.org.evaluation", "Organisation Review"),
]
CORRECTIONS = [
    ("regrade", "Change the Approved Grade"),
    ("reopen", "Reopen as a Draft"),
]


class PartyEvaluationCorrection(models.TransientModel):
    """An approved review is settled: the party office corrects it here,
    with the reason, and the correction is recorded in the review's chatter
    (who, when, why)."""

    _name = "party.evaluation.correction"
    _description = "Correct an Approved Quality Review"
    _inherit = ["party.protected.mixin"]

    res_model = fields.Selection(REVIEW_MODELS, string="Review Type", required=True)
    res_id = fields.Many2oneReference(
        string="Review", model_field="res_model", required=True
    )
    correction = fields.Selection(CORRECTIONS, required=True, default="regrade")
    approved_grade = fields.Selection(GRADES, string="New Approved Grade")
    reason = fields.Text(required=True)

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        model = self.env.context.get("active_model")
        if model in dict(REVIEW_MODELS) and self.env.context.get("active_id"):
            values.setdefault("res_model", model)
            values.setdefault("res_id", self.env.context["active_id"])
        return values

    def action_confirm(self):
        self.ensure_one()
        self._party_check_action("write", OFFICE)
        review = self.env[self.res_model].browse(self.res_id)
        grade = self.approved_grade if self.correction == "regrade" else False
        if self.correction == "regrade" and not grade:
            raise UserError(self.env._("Choose the new approved grade."))
        review._party_correct(self.reason, grade)
        return {"type": "ir.actions.act_window_close"}
