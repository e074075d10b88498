# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyEvaluationGenerate(models.TransientModel):
    _name = "party.evaluation.generate"
    _description = "Create the Year's Quality Reviews"

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
