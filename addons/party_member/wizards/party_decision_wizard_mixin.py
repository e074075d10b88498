# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models


class PartyDecisionWizardMixin(models.AbstractModel):
    """The decision (quyết định) a lifecycle wizard creates: every status
    change rests on a numbered decision with an issuing level and a date."""

    _name = "party.decision.wizard.mixin"
    _description = "Decision Fields of a Lifecycle Wizard"

    member_id = fields.Many2one("party.member", required=True)
    decision_number = fields.Char(
        help="Number and symbol of the decision, e.g. 12-QĐ/ĐU."
    )
    decision_date = fields.Date(
        required=True, default=lambda self: fields.Date.context_today(self)
    )
    issuer_organization_id = fields.Many2one(
        "party.organization",
        string="Issuing Organisation",
        compute="_compute_issuer_organization_id",
        store=True,
        readonly=False,
        help="Defaults to the grassroots committee above the member's cell.",
    )
    issuer_text = fields.Char(
        string="Issuing Level (External)",
        help="For a decision of a committee outside the enterprise.",
    )
    decision_summary = fields.Text(string="Summary")

    @api.depends("member_id")
    def _compute_issuer_organization_id(self):
        for wizard in self:
            wizard.issuer_organization_id = (
                wizard.member_id.organization_id._get_grassroots()
            )

    def _create_decision(self, decision_type, summary):
        """Create the decision of this wizard about its member."""
        self.ensure_one()
        return self.env["party.decision"].create(
            {
                "name": self.decision_number or summary,
                "date": self.decision_date,
                "issuer_organization_id": self.issuer_organization_id.id,
                "issuer_text": self.issuer_text,
                "decision_type": decision_type,
                "summary": self.decision_summary or summary,
                "member_ids": [(4, self.member_id.id)],
                "company_id": self.member_id.company_id.id,
            }
        )
