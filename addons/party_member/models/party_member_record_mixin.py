# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models

# The level that decided a reward or a discipline.
DECISION_LEVELS = [
    ("cell", "Party Cell"),
    ("grassroots", "Grassroots Committee"),
    ("upper", "Upper Committee"),
    ("provincial", "Provincial or Equivalent Committee"),
    ("central", "Central Level"),
]


class PartyMemberRecordMixin(models.AbstractModel):
    """A reward or a discipline of a member: the decision that grants it,
    the level that decided, the date and the reason. Models using it set
    the domain of ``decision_id`` and define ``form``."""

    _name = "party.member.record.mixin"
    _description = "Party Member Reward or Discipline"
    _inherit = ["mail.thread", "party.member.line.mixin"]
    _order = "date desc, id desc"
    _check_company_auto = True

    company_id = fields.Many2one(index=True)
    organization_id = fields.Many2one(related="member_id.organization_id", store=True)
    decision_id = fields.Many2one(
        "party.decision", required=True, ondelete="restrict", check_company=True
    )
    level = fields.Selection(DECISION_LEVELS, required=True, default="grassroots")
    date = fields.Date(required=True, default=fields.Date.context_today)
    reason = fields.Text()

    @api.model_create_multi
    def create(self, vals_list):
        records = super().create(vals_list)
        records._check_decision_readable()
        return records

    def write(self, vals):
        res = super().write(vals)
        if "decision_id" in vals:
            self._check_decision_readable()
        return res

    def _check_decision_readable(self):
        """A reward or discipline rests on a decision its author can read:
        no linking of decisions out of their reach."""
        if not self.env.su:
            self.decision_id.check_access("read")
