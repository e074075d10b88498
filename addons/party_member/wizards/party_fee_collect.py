# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: collect party fees with one receipt."""

from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_fee_line import PAYMENT_METHODS


class PartyFeeCollect(models.TransientModel):
    _name = "party.fee.collect"
    _description = "Collect Party Fees"

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

    @api.depends("line_ids")
    def _compute_amount_total(self):
        for wizard in self:
            lines = wizard.line_ids.filtered(lambda line: line.state != "paid")
            wizard.amount_total = sum(lines.mapped("amount_due")) - sum(
                lines.mapped("amount_paid")
            )

    def action_collect(self):
        """Mark the lines paid in full (one write per amount) under one
        receipt number, and print the receipt."""
        self.ensure_one()
        lines = self.line_ids.filtered(lambda line: line.state != "paid")
        if not lines:
            raise UserError(
                self.env._("Nothing to collect. / Không có khoản nào cần thu.")
            )
        receipt = self.env["ir.sequence"].next_by_code("party.fee.receipt") or "/"
        by_amount = defaultdict(lambda: self.env["party.fee.line"])
        for line in lines:
            by_amount[line.amount_due] |= line
        for amount, group in by_amount.items():
            group.write(
                {
                    "amount_paid": amount,
                    "date": self.date,
                    "method": self.method,
                    "collector_id": self.env.uid,
                    "receipt_number": receipt,
                }
            )
        return lines.action_print_receipt()
