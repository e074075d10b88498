# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Đảng phí rules (Quy định 01-QĐ/TW, 2026), configurable per category."""

from decimal import Decimal

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..engine import fee

FEE_KINDS = [("percent", "Percentage of the Base"), ("fixed", "Fixed Amount")]
FEE_CATEGORIES = [
    ("wage_earner", "Wage Earner"),
    ("pensioner", "Pensioner"),
    ("student", "Student"),
    ("other", "Other"),
]


class PartyFeeRule(models.Model):
    _name = "party.fee.rule"
    _description = "Party Fee Rule"
    _inherit = ["party.protected.mixin"]
    _order = "category, company_id, id"

    name = fields.Char(required=True, translate=True)
    category = fields.Selection(FEE_CATEGORIES, required=True)
    kind = fields.Selection(FEE_KINDS, required=True, default="percent")
    rate = fields.Float(
        string="Rate (%)",
        digits=(5, 3),
        help="Percentage of the member's base: 1 means 1%.",
    )
    amount = fields.Integer(string="Amount (VND)", help="Fixed monthly amount in VND.")
    rounding = fields.Integer(
        string="Rounding (VND)",
        default=1,
        help="Amounts are rounded half up to a multiple of this number of VND.",
    )
    minimum_base = fields.Integer(
        string="Minimum Base (VND)",
        help="A base below this amount is implausible and refused on the member "
        "(wage earners: the lowest regional minimum wage, Nghị định 293/2025/NĐ-CP, "
        "since a social-insurance salary cannot be lower). 0: no minimum.",
    )
    company_id = fields.Many2one(
        "res.company",
        index=True,
        help="Empty: the rule applies to every company without its own rule.",
    )
    active = fields.Boolean(default=True)
    note = fields.Text(help="Governing text, e.g. Quy định 01-QĐ/TW (2026).")

    @api.constrains("rate", "amount", "rounding")
    def _check_values(self):
        for rule in self:
            if (
                rule.rate < 0
                or rule.amount < 0
                or rule.minimum_base < 0
                or rule.rounding < 1
            ):
                raise ValidationError(
                    self.env._(
                        "Fee rule %(name)s: the rate and the amount cannot be "
                        "negative and the rounding is at least 1 VND.",
                        name=rule.name,
                    )
                )

    @api.constrains("category", "company_id", "active")
    def _check_unique_category(self):
        for rule in self.filtered("active"):
            if self.search_count(
                [
                    ("id", "!=", rule.id),
                    ("category", "=", rule.category),
                    ("company_id", "=", rule.company_id.id),
                ]
            ):
                raise ValidationError(
                    self.env._(
                        "Only one active fee rule per category and company.",
                    )
                )

    @api.model
    def _get_rules(self, company):
        """Map category → (kind, Decimal rate or amount, rounding) for
        ``company``: its own rules over the shared ones."""
        return {
            category: (rule.kind, value, rule.rounding or 1)
            for category, (rule, value) in self._company_rules(company).items()
        }

    @api.model
    def _get_minimum_bases(self, company):
        """Map category → (kind, minimum base in đồng) for ``company``."""
        return {
            category: (rule.kind, rule.minimum_base)
            for category, (rule, _value) in self._company_rules(company).items()
        }

    @api.model
    def _company_rules(self, company):
        """Map category → (rule, Decimal rate or amount): the company's own
        rules over the shared ones."""
        rules = self.sudo().search([("company_id", "in", [company.id, False])])
        result = {}
        for rule in rules:
            key = rule.category
            if rule.company_id or key not in result:
                value = (
                    Decimal(str(rule.rate))
                    if rule.kind == fee.KIND_PERCENT
                    else Decimal(rule.amount)
                )
                result[key] = (rule, value)
        return result
