# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: collect party fees with one receipt."""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_fee_line import PARTY_SECRETARY, PAYMENT_METHODS

COLLECTABLE = ("unpaid", "partial")


class PartyFeeCollect(models.TransientModel):
    _name = "party.fee.collect"
    _description = "Collect Party Fees"
    _inherit = ["party.protected.mixin"]

    line_ids = fields.Many2many("party.fee.line", string="Fee Lines")
    date = fields.Date(required=True, default=fields.Date.context_today)
    method = fields.Selection(PAYMENT_METHODS, required=True, default="cash")
    amount_total = fields.Integer(string="Total (VND)", compute="_compute_amount_total")
    amount_received = fields.Integer(
        string="Amount Received (VND)",
        compute="_compute_amount_received",
        store=True,
        readonly=False,
        help="Less than the total: a partial payment, which pays the oldest month "
        "first; a partly paid month counts as paid for its share (Quy định "
        "01-QĐ/TW). More than the total: paying more is allowed, the surplus goes "
        "to the latest month.",
    )

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
            wizard.amount_total = wizard._remaining()

    @api.depends("line_ids")
    def _compute_amount_received(self):
        for wizard in self:
            wizard.amount_received = wizard._remaining()

    def _remaining(self):
        """What the collectable lines still owe, in đồng."""
        lines = self.line_ids.filtered(lambda line: line.state in COLLECTABLE)
        return sum(lines.mapped("amount_due")) - sum(lines.mapped("amount_paid"))

    def action_collect(self):
        """Record the payment under one receipt number (in full, or the
        amount received, oldest month first) and print the receipt: the
        secretaries and the office, on lines in their charge. Lines whose
        base is missing are not collected: the amount owed is unknown."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        self.line_ids._party_check_action("write", PARTY_SECRETARY)
        lines = self.line_ids.filtered(lambda line: line.state in COLLECTABLE)
        if not lines:
            if self.line_ids.filtered(lambda line: line.state == "missing_base"):
                raise UserError(
                    self.env._(
                        "The fee base of these lines is missing or below the "
                        "minimum, so the amount owed is unknown (Quy định "
                        "01-QĐ/TW). The party office completes the member's base; "
                        "then run the monthly generation again."
                    )
                )
            raise UserError(self.env._("Nothing to collect."))
        if self.amount_received <= 0:
            raise UserError(self.env._("Enter the amount received."))
        receipt = self.env["ir.sequence"].sudo().next_by_code("party.fee.receipt")
        paid = lines._collect(
            self.date, self.method, receipt or "/", self.amount_received
        )
        return paid.action_print_receipt()
