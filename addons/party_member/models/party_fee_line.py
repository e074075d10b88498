# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Đảng phí: one line per member and month, collected by the branch and
remitted upward (Quy định 01-QĐ/TW, 2026). VND has no minor unit: every
amount is a whole number of đồng."""

from collections import defaultdict
from datetime import date as Date
from datetime import timedelta

from psycopg2.extras import execute_values

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import SQL

from ..engine import fee
from .party_fee_rule import FEE_CATEGORIES

PAYMENT_METHODS = [
    ("cash", "Cash to the Branch"),
    ("public_service_portal", "Public Service Portal"),
    ("bank", "Bank Transfer"),
]
LINE_STATES = [("unpaid", "Unpaid"), ("partial", "Partially Paid"), ("paid", "Paid")]
# Members who owe fees to their home branch; exempt members still pay (the
# exemption is from activity, not from fees). A temporarily transferred member
# pays where they temporarily work (Quy định 01-QĐ/TW): the host cell of their
# latest temporary transfer bills them; one transferred to an external body
# (no host cell in the committee) is billed by nobody here.
FEE_MEMBER_STATES = ("probationary", "official", "exempt")
HOSTED_MEMBER_STATE = "temporarily_transferred"
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
        "amount_due",
        "amount_paid",
        "date",
        "method",
        "collector_id",
        "receipt_number",
        "remitted",
        "remittance_date",
    )
    # A line the party office adds by hand: who, when and how much is due.
    _party_create_fields = (
        "member_id",
        "company_id",
        "organization_id",
        "month",
        "category",
        "base",
        "amount_due",
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
    base = fields.Integer(string="Base (VND)")
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

    @api.depends("amount_due", "amount_paid")
    def _compute_state(self):
        for line in self:
            line.state = self._state_of(line.amount_due, line.amount_paid)

    @api.depends("member_id", "month")
    def _compute_display_name(self):
        for line in self:
            month = line.month and line.month.strftime("%m/%Y") or ""
            line.display_name = f"{line.member_id.name or ''} – {month}"

    @api.model
    def _state_of(self, due, paid):
        if paid and paid >= (due or 0):
            return "paid"
        return "partial" if paid else "unpaid"

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("month"):
                vals["month"] = first_of_month(fields.Date.to_date(vals["month"]))
        return super().create(vals_list)

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
        from ..report.fee_reports import render_receipt

        self._party_check_action("write", PARTY_SECRETARY)
        lines = self.filtered("receipt_number")
        if not lines:
            raise UserError(
                self.env._(
                    "These lines have no receipt yet. / Các dòng này chưa có biên lai."
                )
            )
        data = render_receipt(lines)
        self.env["party.member.access.log"]._log(lines.member_id, "print", ["receipt"])
        return self.env["party.card.print"]._download(
            f"bien-lai-{lines[0].receipt_number}.pdf", data, "application/pdf"
        )

    def _collect(self, day, method, receipt):
        """Mark these lines paid in full under ``receipt`` (one write per
        amount); the caller (the collection wizard) checked who may do it."""
        by_amount = defaultdict(lambda: self.browse())
        for line in self:
            by_amount[line.amount_due] |= line
        for amount, group in by_amount.items():
            group.sudo().write(
                {
                    "amount_paid": amount,
                    "date": day,
                    "method": method,
                    "collector_id": self.env.uid,
                    "receipt_number": receipt,
                }
            )

    # ------------------------------------------------------------------
    # Monthly generation
    # ------------------------------------------------------------------
    @api.model
    def _generate(self, month, organizations=None):
        """Create the fee lines of ``month`` for the members (readable by the
        user) of ``organizations`` (subtrees), or of the allowed companies,
        and for the members temporarily transferred into those subtrees (or
        into any cell the user can read), collected by their host cell.

        Idempotent: a member who already has a line for the month is left
        alone (INSERT ... ON CONFLICT DO NOTHING on member and month). Returns
        the number of lines created. The insert skips the ORM: the members
        are limited here to the user's own subtrees (secretaries) or
        companies (party office).
        """
        self._party_check_group(PARTY_SECRETARY)
        month = first_of_month(fields.Date.to_date(month))
        next_month = (month + timedelta(days=32)).replace(day=1)
        domain = [
            ("state", "in", FEE_MEMBER_STATES),
            ("admission_decision_date", "<", next_month),
            ("company_id", "in", self.env.companies.ids),
            *self._fee_scope_domain("organization_id"),
        ]
        if organizations:
            domain.append(("organization_id", "child_of", organizations.ids))
        self.env.flush_all()  # raw queries below
        query = self.env["party.member"]._search(domain)
        cr = self.env.cr
        cr.execute(
            query.select(
                SQL.identifier("party_member", "id"),
                SQL.identifier("party_member", "organization_id"),
                SQL.identifier("party_member", "company_id"),
                SQL.identifier("party_member", "fee_category"),
                SQL.identifier("party_member", "fee_base"),
                SQL.identifier("party_member", "fee_voluntary_amount"),
            )
        )
        members = cr.fetchall() + self._hosted_members(next_month, organizations)
        if not members:
            return 0
        Rule = self.env["party.fee.rule"]
        rules_by_company = {}
        default_category = fee.CATEGORY_WAGE_EARNER
        amounts = {}
        now = fields.Datetime.now()
        uid = self.env.uid
        rows = []
        for member_id, org_id, company_id, category, base, voluntary in members:
            category = category or default_category
            key = (company_id, category, base or 0)
            due = amounts.get(key)
            if due is None:
                rules = rules_by_company.get(company_id)
                if rules is None:
                    rules = rules_by_company[company_id] = Rule._get_rules(
                        self.env["res.company"].browse(company_id)
                    )
                if category in rules:
                    kind, rate, rounding = rules[category]
                    due = fee.monthly_fee(kind, rate, base or 0, rounding)
                else:
                    due = 0
                amounts[key] = due
            if voluntary and voluntary > due:
                due = voluntary  # paying more is allowed
            rows.append(
                (
                    member_id,
                    company_id,
                    org_id,
                    month,
                    category,
                    base or 0,
                    due,
                    0,
                    "unpaid",
                    False,
                    uid,
                    now,
                    uid,
                    now,
                )
            )
        created = execute_values(
            cr._obj,
            """INSERT INTO party_fee_line
                   (member_id, company_id, organization_id, month, category, base,
                    amount_due, amount_paid, state, remitted,
                    create_uid, create_date, write_uid, write_date)
               VALUES %s
               ON CONFLICT (member_id, month) DO NOTHING
               RETURNING id""",
            rows,
            page_size=5000,
            fetch=True,
        )
        self.invalidate_model()
        return len(created)

    @api.model
    def _hosted_members(self, next_month, organizations=None):
        """Rows (member, host cell, company, category, base, voluntary) of
        the members temporarily transferred into ``organizations`` (subtrees)
        or into any organisation the user can read in the allowed companies:
        the host cell is the ``to_organization_id`` of the member's latest
        temporary transfer out. One query for the batch. The host reads the
        member's fee data through the transfer, not through its own scope on
        the home cell (hence sudo on the members only)."""
        org_domain = [
            ("company_id", "in", self.env.companies.ids),
            *self._fee_scope_domain("id"),
        ]
        if organizations:
            org_domain.append(("id", "child_of", organizations.ids))
        hosts = self.env["party.organization"]._search(org_domain)
        members = (
            self.env["party.member"]
            .sudo()
            ._search(
                [
                    ("state", "=", HOSTED_MEMBER_STATE),
                    ("company_id", "in", self.env.companies.ids),
                    ("admission_decision_date", "<", next_month),
                ]
            )
        )
        self.env.cr.execute(
            SQL(
                """SELECT m.id, latest.to_organization_id, m.company_id,
                          m.fee_category, m.fee_base, m.fee_voluntary_amount
                     FROM party_member m
                     JOIN (SELECT DISTINCT ON (member_id)
                                  member_id, to_organization_id
                             FROM party_member_event
                            WHERE event_type = 'temporary_transfer_out'
                         ORDER BY member_id, date DESC, id DESC) latest
                       ON latest.member_id = m.id
                    WHERE m.id IN %s AND latest.to_organization_id IN %s""",
                members.subselect(),
                hosts.subselect(),
            )
        )
        return self.env.cr.fetchall()

    @api.model
    def _fee_scope_domain(self, fname):
        """Domain on ``fname`` (an organisation) limiting fee generation to
        the user's own subtrees; nothing for the party office."""
        if self.env.su or self.env.user.has_group(PARTY_OFFICE):
            return []
        scope = self.env.user.sudo().party_scope_organization_ids
        if not scope:
            return expression.FALSE_DOMAIN
        return [(fname, "child_of", scope.ids)]
