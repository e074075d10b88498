# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError

PARTY_OFFICE = "party_org.group_party_office"
PARTY_SECRETARY = "party_org.group_party_secretary"


class PartyDecisionWizardMixin(models.AbstractModel):
    """The decision (quyết định) a lifecycle wizard creates: every status
    change rests on a numbered decision with an issuing level and a date.

    The wizards run on the server whatever the client shows: each checks
    the caller's group, their write access to the member and the issuer
    before it writes the decision and the event with ``sudo()``."""

    _name = "party.decision.wizard.mixin"
    _inherit = ["party.protected.mixin"]
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

    @api.model_create_multi
    def create(self, vals_list):
        wizards = super().create(vals_list)
        wizards._check_caller()
        return wizards

    def _check_caller(self):
        """Hook: refuse unless the user may run this wizard (group)."""
        self._party_check_group(PARTY_SECRETARY)

    def _check_confirm(self):
        """Checks before the wizard writes anything: the caller's group,
        their write access to the member, an issuer of their own."""
        self.ensure_one()
        self._check_caller()
        self.check_access("write")
        self.member_id.check_access("write")
        if self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return
        issuer = self.issuer_organization_id
        if self.issuer_text or not issuer or not issuer._party_in_user_scope():
            raise AccessError(
                self.env._(
                    "A branch secretary records decisions issued by their own "
                    "organisations only; %(issuer)s decides through the party "
                    "office.",
                    issuer=issuer.sudo().display_name or self.issuer_text or "-",
                )
            )

    def _create_decision(self, decision_type, summary):
        """Create the decision of this wizard about its member (after
        ``_check_confirm``)."""
        self.ensure_one()
        decision = (
            self.env["party.decision"]
            .sudo()
            .create(
                {
                    # No number typed: party.decision numbers it (register).
                    "name": self.decision_number or False,
                    "date": self.decision_date,
                    "issuer_organization_id": self.issuer_organization_id.id,
                    "issuer_text": self.issuer_text,
                    "decision_type": decision_type,
                    "summary": self.decision_summary or summary,
                    "member_ids": [(4, self.member_id.id)],
                    "company_id": self.member_id.company_id.id,
                }
            )
        )
        return decision.with_env(self.env)
