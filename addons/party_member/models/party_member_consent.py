# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

PARTY_OFFICE = "party_org.group_party_office"
PURPOSES = [
    ("records", "Keeping the party record"),
    ("photo", "Using the photo (cards, boards)"),
    ("upper_committee", "Sharing with the upper committee"),
    ("other", "Other"),
]


class PartyMemberConsent(models.Model):
    """A member's consent to a purpose of processing (Nghị định 356/2025)."""

    _name = "party.member.consent"
    _description = "Party Member Consent"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "date_given desc, id desc"
    # A consent belongs to one member for good.
    _party_protected_fields = ("member_id",)
    _party_create_fields = ("member_id",)

    member_id = fields.Many2one(
        "party.member", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True, index=True)
    purpose = fields.Selection(PURPOSES, required=True, tracking=True)
    note = fields.Char()
    date_given = fields.Date(
        required=True,
        default=lambda self: fields.Date.context_today(self),
        tracking=True,
    )
    date_withdrawn = fields.Date(tracking=True)
    active_consent = fields.Boolean(
        string="In Force", compute="_compute_active_consent", store=True
    )
    attachment_ids = fields.Many2many("ir.attachment", string="Signed Form")

    @api.depends("date_withdrawn")
    def _compute_active_consent(self):
        for consent in self:
            consent.active_consent = not consent.date_withdrawn

    @api.constrains("date_given", "date_withdrawn")
    def _check_dates(self):
        for consent in self:
            if consent.date_withdrawn and consent.date_withdrawn < consent.date_given:
                raise ValidationError(
                    self.env._("A consent cannot be withdrawn before it was given.")
                )

    def action_withdraw(self):
        """Record the withdrawal today (party office)."""
        self._party_check_action("write", PARTY_OFFICE)
        self.filtered(lambda consent: not consent.date_withdrawn).sudo().write(
            {"date_withdrawn": fields.Date.context_today(self)}
        )
