# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import AccessError

SECRETARY = "party_org.group_party_secretary"
OFFICE = "party_org.group_party_office"


class PartyEvaluationGenerate(models.TransientModel):
    _name = "party.evaluation.generate"
    _description = "Create the Year's Quality Reviews"
    _inherit = ["party.protected.mixin"]

    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        default=lambda self: self.env.context.get("active_id")
        if self.env.context.get("active_model") == "party.organization"
        else False,
    )
    year = fields.Integer(
        required=True, default=lambda self: fields.Date.context_today(self).year
    )
    include_organizations = fields.Boolean(
        string="Also Review the Organisations",
        default=True,
        help="Create the reviews of the organisation and its sub-units too.",
    )

    def action_generate(self):
        """Create the missing reviews (never a duplicate) and show them."""
        self.ensure_one()
        self._party_check_action("write", SECRETARY)
        self.env["party.evaluation"]._check_party_year([self.year])
        self._check_organization()
        reviews = self.env["party.evaluation"]._create_for_organization(
            self.organization_id, self.year
        )
        if self.include_organizations:
            self.env["party.org.evaluation"]._create_for_organization(
                self.organization_id, self.year
            )
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_kpi.party_evaluation_action"
        )
        action["domain"] = [
            ("organization_id", "child_of", self.organization_id.id),
            ("year", "=", self.year),
        ]
        action["context"] = {"created_count": len(reviews)}
        return action

    def _check_organization(self):
        """A branch secretary creates the reviews of their own subtrees only
        (the organisations above them are readable, not theirs to review)."""
        if self.env.su or self.env.user.has_group(OFFICE):
            return
        scope = self.env.user.party_scope_organization_ids
        path = self.organization_id.sudo().parent_path or ""
        if not any(path.startswith(org.parent_path) for org in scope.sudo()):
            raise AccessError(
                self.env._(
                    "You create the reviews of your own organisations and those "
                    "below them, not of %(org)s.",
                    org=self.organization_id.sudo().display_name,
                )
            )
