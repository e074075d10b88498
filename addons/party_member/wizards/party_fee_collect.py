# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: collect party fees with one receipt."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_fee_line import PARTY_SECRETARY, PAYMENT_METHODS


class PartyFeeCollect(models.TransientModel):
    _name = "party.fee.collect"
    _description = "Collect Party Fees"
    _inherit = ["party.protected.mixin"]

    line_ids = fields.Many2many("party.fee.line", string="Fee Lines")
    date = fields.Date(required=True, default=fields.Date.context_today)
    method = fields.Selection(PAYMENT_METHODS, required=True, default="cash")
    amount_total = fields.Integer(string="Total (VND)", compute="_compute_amount_total")

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        if self.env.context.get("active_model") == "party.fee.line":
            values["line_ids"] = [(6, 0, self.env.context.get("active_ids", []))]
        return values

    @api.constrains("line_ids")
    def _check_lines_in_charge(self):
        """Only lines the user may collect."""
        if not self.env.su:
            self.line_ids.check_access("write")

    @api.depends("line_ids")
    def _compute_amount_total(self):
        for wizard in self:
            lines = wizard.line_ids.filtered(lambda line: line.state != "paid")
            wizard.amount_total = sum(lines.mapped("amount_due")) - sum(
                lines.mapped("amount_paid")
            )

    def action_collect(self):
        """Mark the lines paid in full (one write per amount) under one
        receipt number, and print the receipt: the secretaries and the
        office, on lines in their charge."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        self.line_ids._party_check_action("write", PARTY_SECRETARY)
        lines = self.line_ids.filtered(lambda line: line.state != "paid")
        if not lines:
            raise UserError(
                self.env._("Nothing to collect. / Không có khoản nào cần thu.")
            )
        receipt = self.env["ir.sequence"].sudo().next_by_code("party.fee.receipt")
        lines._collect(self.date, self.method, receipt or "/")
        return lines.action_print_receipt()
