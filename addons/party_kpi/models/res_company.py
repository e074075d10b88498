# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models
from odoo.exceptions import AccessError

OFFICE = "party_org.group_party_office"
RISK_SWITCH = "party_risk_enabled"


class ResCompany(models.Model):
    _inherit = "res.company"

    party_risk_enabled = fields.Boolean(
        string="Member Risk Model",
        default=True,
        help="Score each member's risk of not completing their duties from "
        "their attendance, absences, unpaid fees and last score. This is "
        "automated processing of sensitive personal data (Personal Data "
        "Protection Law 91/2025/QH15): the party office decides whether the "
        "company uses it. Switched off, nothing is computed and every score "
        "is cleared.",
    )

    def write(self, vals):
        if RISK_SWITCH not in vals:
            return super().write(vals)
        vals = dict(vals)
        enabled = bool(vals.pop(RISK_SWITCH))
        # Saving the settings writes the switch unchanged: only a change
        # needs the party office.
        changing = self.sudo().filtered(lambda c: c[RISK_SWITCH] != enabled)
        result = True
        if changing:
            self._party_check_risk_switch()
            # Checked above: the party office may set the switch without the
            # right to edit the rest of the company.
            result = super(ResCompany, changing).write({RISK_SWITCH: enabled})
            if not enabled:
                changing._party_clear_risk_scores()
        if vals:
            result = super().write(vals)
        return result

    def _party_clear_risk_scores(self):
        self.env["party.member"].sudo().with_context(active_test=False).search(
            [("company_id", "in", self.ids), ("risk_score", "!=", False)]
        )._clear_risk()

    def _party_check_risk_switch(self):
        """Only the party office switches the risk model on or off."""
        if self.env.su or self.env.user.has_group(OFFICE):
            return
        raise AccessError(
            self.env._(
                "Only the party office switches the member risk model on or off "
                "(Personal Data Protection Law 91/2025/QH15)."
            )
        )
