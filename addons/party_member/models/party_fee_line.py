# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Đảng phí: one line per member and month, collected by the branch and
remitted upward (Quy định 01-QĐ/TW, 2026). VND has no minor unit: every
amount is a whole number of đồng."""

from collections import defaultdict
from datetime import date as Date

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..engine import fee
from .party_fee_rule import FEE_CATEGORIES

PAYMENT_METHODS = [
    ("cash", "Cash to the Branch"),
    ("public_service_portal", "Public Service Portal"),
    ("bank", "Bank Transfer"),
]
# "Base Missing": the base is unknown or implausible, so the amount owed is
# unknown: not an unpaid month (the office completes the base first).
LINE_STATES = [
    ("unpaid", "Unpaid"),
    ("partial", "Partially Paid"),
    ("paid", "Paid"),
    ("missing_base", "Base Missing"),
]
BASE_SOURCES = [
    ("declared", "Declared Social-Insurance Salary"),
    ("none", "No Base (Fixed Amount)"),
]
BASE_PROBLEMS = [
    ("missing", "Base Missing"),
    ("implausible", "Base Below the Minimum Wage"),
]
# Who pays in which cell comes from the membership timeline (see
# party_fee_line_generate.py): exempt members still pay (the exemption is from
# activity, not from fees); a temporarily transferred member pays where they
# temporarily work (Quy định 01-QĐ/TW), so one transferred to an external body
# is billed by nobody here, and a member hosted from another committee pays
# at the host.
PARTY_SECRETARY = "party_org.group_party_secretary"
PARTY_OFFICE = "party_org.group_party_office"


def first_of_month(day):
    return Date(day.year, day.month, 1)


class PartyFeeLine(models.Model):
    _name = "party.fee.line"
    _description = "Party Fee Line"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "month desc, organization_id, member_id"
    _rec_name = "month"
    _check_company_auto = True
    # Amounts come from the fee rules (generation) and the collection wizard
    # (one receipt), never from a plain write: an amount due set to 0 or a
    # line marked paid without a receipt would skip the workflow.
    _party_protected_fields = (
        "member_id",
        "company_id",
        "organization_id",
        "month",
        "category",
        "base",
        "base_source",
        "amount_due",
        "amount_paid",
        "date",
        "method",
        "collector_id",
        "receipt_number",
        "remitted",
        "remittance_date",
    )
    # A line the party office adds by hand: who, when and on which base; the
    # server computes the amount due from the fee rule.
    _party_create_fields = (
        "member_id",
        "company_id",
        "organization_id",
        "month",
        "category",
        "base",
        "base_source",
    )

    member_id = fields.Many2one(
        "party.member",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one("res.company", required=True, index=True)
    organization_id = fields.Many2one(
        "party.organization",
        string="Party Cell",
        index=True,
        help="The branch that collects this month's fee.",
    )
    month = fields.Date(required=True, index=True, help="First day of the month.")
    category = fields.Selection(FEE_CATEGORIES, string="Fee Category")
    base = fields.Integer(
        string="Base (VND)",
        tracking=True,
        help="The base of the month before (Quy định 01-QĐ/TW): the previous "
        "month's social-insurance salary, or the pension.",
    )
    base_month = fields.Date(
        compute="_compute_base_month",
        store=True,
        help="The month whose salary is the base: the month before the fee month.",
    )
    base_source = fields.Selection(
        BASE_SOURCES,
        default="declared",
        tracking=True,
        help="Where the base comes from. A contract wage is not the social-"
        "insurance salary (allowances included, capped): check it.",
    )
    base_problem = fields.Selection(
        BASE_PROBLEMS,
        compute="_compute_base_problem",
        store=True,
        index="btree_not_null",
        tracking=True,
        help="The base is unknown or below the minimum wage: the amount owed is "
        "unknown, so the month is not counted as unpaid. The party office "
        "completes the member's base, then runs the monthly generation again.",
    )
    amount_due = fields.Integer(string="Amount Due (VND)", tracking=True)
    amount_paid = fields.Integer(string="Amount Paid (VND)", tracking=True)
    date = fields.Date(string="Payment Date", tracking=True)
    method = fields.Selection(PAYMENT_METHODS, string="Payment Method", tracking=True)
    collector_id = fields.Many2one("res.users", string="Collector", tracking=True)
    receipt_number = fields.Char(copy=False, index="btree_not_null", tracking=True)
    state = fields.Selection(
        LINE_STATES,
        compute="_compute_state",
        store=True,
        index=True,
        default="unpaid",
        tracking=True,
    )
    remitted = fields.Boolean(help="Remitted upward by the branch.", tracking=True)
    remittance_date = fields.Date()

    _sql_constraints = [
        (
            "member_month_uniq",
            "unique(member_id, month)",
            "A member has one fee line per month. / Mỗi đảng viên chỉ có một dòng "
            "đảng phí mỗi tháng.",
        ),
        (
            "month_first_day",
            "CHECK(extract(day from month) = 1)",
            "The month is stored as its first day. / Tháng được lưu bằng ngày đầu tháng.",
        ),
        (
            "amounts_positive",
            "CHECK(amount_due >= 0 AND amount_paid >= 0)",
            "Fee amounts cannot be negative. / Số tiền đảng phí không được âm.",
        ),
    ]

    @api.depends("month")
    def _compute_base_month(self):
        for line in self:
            line.base_month = line.month and fee.base_month(line.month)

    @api.depends("category", "base", "company_id")
    def _compute_base_problem(self):
        """Lines created through the ORM (by hand); the generation inserts
        the same value itself."""
        minimums = {}
        Rule = self.env["party.fee.rule"]
        for line in self:
            company = line.company_id
            if company not in minimums:
                minimums[company] = Rule._get_minimum_bases(company)
            kind, minimum = minimums[company].get(line.category, (fee.KIND_FIXED, 0))
            line.base_problem = fee.base_problem(kind, line.base, minimum) or False

    @api.depends("amount_due", "amount_paid", "base_problem")
    def _compute_state(self):
        for line in self:
            line.state = self._state_of(
                line.amount_due, line.amount_paid, line.base_problem
            )

    @api.depends("member_id", "month")
    def _compute_display_name(self):
        for line in self:
            month = line.month and line.month.strftime("%m/%Y") or ""
            line.display_name = f"{line.member_id.name or ''} – {month}"

    @api.model
    def _state_of(self, due, paid, problem=False):
        """Base problem: amount unknown; nothing due (0) is paid; a partly
        paid month is partial (it counts for its share, see engine.fee)."""
        if problem and not paid:
            return "missing_base"
        if (paid or 0) >= (due or 0):
            return "paid"
        return "partial" if paid else "unpaid"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("month"):
                vals["month"] = first_of_month(fields.Date.to_date(vals["month"]))
        lines = super().create(vals_list)
        if not self.env.su:  # added by hand: the server sets the amount due
            lines._set_amounts_due()
        return lines

    def _set_amounts_due(self):
        """The category and amount due of lines added by hand, from the
        company's fee rule on their base (0 when the base is missing:
        unknown, not owed). One write per distinct amount."""
        Rule = self.env["party.fee.rule"]
        by_company = {}
        groups = defaultdict(lambda: self.browse())
        for line in self.sudo():
            category = line.category or line.member_id.fee_category
            company = line.company_id
            if company not in by_company:
                by_company[company] = (
                    Rule._get_rules(company),
                    Rule._get_minimum_bases(company),
                )
            rules, minimums = by_company[company]
            base_kind, minimum = minimums.get(category, (fee.KIND_FIXED, 0))
            due = 0
            if category in rules and not fee.base_problem(
                base_kind, line.base, minimum
            ):
                kind, rate, rounding = rules[category]
                due = fee.monthly_fee(kind, rate, line.base, rounding)
                due = max(due, line.member_id.fee_voluntary_amount or 0)
            groups[(category, due)] |= line
        for (category, due), group in groups.items():
            group.sudo().write({"category": category, "amount_due": due})

    def action_remit(self):
        """Remit upward the paid lines (one write)."""
        self._party_check_action("write", PARTY_SECRETARY)
        lines = self.filtered(lambda line: line.state == "paid" and not line.remitted)
        if not lines:
            raise UserError(
                self.env._("Nothing to remit. / Không có khoản nào để nộp cấp trên.")
            )
        lines.sudo().write(
            {"remitted": True, "remittance_date": fields.Date.context_today(self)}
        )
        return True

    def action_print_receipt(self):
        """The receipt of these lines (report ``party_fee_receipt_report``,
        which checks, logs and streams it)."""
        self._party_check_action("write", PARTY_SECRETARY)
        lines = self.filtered("receipt_number")
        if not lines:
            raise UserError(
                self.env._(
                    "These lines have no receipt yet. / Các dòng này chưa có biên lai."
                )
            )
        return self.env.ref("party_member.party_fee_receipt_report").report_action(
            lines, config=False
        )

    def _collect(self, day, method, receipt, amount=None):
        """Record a payment under ``receipt``: in full, or ``amount`` đồng
        spread over the lines oldest month first (a partly paid month counts
        for its share). One write per resulting amount; the caller (the
        collection wizard) checked who may do it. Returns the lines paid."""
        lines = self.sorted(lambda line: (line.month, line.id))
        remaining = [line.amount_due - line.amount_paid for line in lines]
        if amount is None:
            amount = sum(remaining)
        parts = fee.allocate_payment(amount, remaining)
        by_amount = defaultdict(lambda: self.browse())
        for line, part in zip(lines, parts, strict=True):
            if part:
                by_amount[line.amount_paid + part] |= line
        for paid, group in by_amount.items():
            group.sudo().write(
                {
                    "amount_paid": paid,
                    "date": day,
                    "method": method,
                    "collector_id": self.env.uid,
                    "receipt_number": receipt,
                }
            )
        return self.browse().union(*by_amount.values())
