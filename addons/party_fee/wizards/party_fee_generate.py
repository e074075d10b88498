# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: generate a month of party fee lines (idempotent)."""

from odoo import api, fields, models

from ..models.party_fee_line import PARTY_SECRETARY, first_of_month


class PartyFeeGenerate(models.TransientModel):
    _name = "party.fee.generate"
    _description = "Generate Party Fees"
    _inherit = ["party.protected.mixin"]

    month = fields.Date(
        required=True,
        default=lambda self: first_of_month(fields.Date.context_today(self)),
        help="Any day of the month; the lines are dated on its first day.",
    )
    organization_ids = fields.Many2many(
        "party.organization",
        string="Organisations",
        help="Empty: every member you can see in the current company. Probationary, "
        "official and exempt members are billed by their cell; a member temporarily "
        "transferred to another cell is billed by that host cell (where they "
        "temporarily work), and one transferred outside the committee is not billed.",
    )

    @api.constrains("organization_ids")
    def _check_organizations_readable(self):
        if not self.env.su:
            self.organization_ids.check_access("read")

    def action_generate(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        count = self.env["party.fee.line"]._generate(
            self.month, self.organization_ids or None
        )
        month = first_of_month(self.month)
        missing = self._missing_base_count(month)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_fee.party_fee_line_action"
        )
        action["domain"] = [("month", "=", month)]
        action["context"] = {"search_default_group_organization": 1}
        if missing:
            # missing data for the party office, shown first
            action["context"]["search_default_base_problem"] = 1
            action["name"] = self.env._(
                "Party fees %(month)s: %(count)s new lines, %(missing)s with the "
                "fee base missing (to complete)",
                month=month.strftime("%m/%Y"),
                count=count,
                missing=missing,
            )
        else:
            action["name"] = self.env._(
                "Party fees %(month)s: %(count)s new lines",
                month=month.strftime("%m/%Y"),
                count=count,
            )
        return action

    def _missing_base_count(self, month):
        """Lines of ``month`` in the wizard's scope (and the user's) whose
        base is missing or implausible: the amount owed is unknown."""
        domain = [("month", "=", month), ("base_problem", "!=", False)]
        if self.organization_ids:
            domain.append(("organization_id", "child_of", self.organization_ids.ids))
        return self.env["party.fee.line"].search_count(domain)
