# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Đảng phí: one line per member and month, collected by the branch and
remitted upward (Quy định 01-QĐ/TW, 2026). VND has no minor unit: every
amount is a whole number of đồng.

The monthly generation: the fee of month M is computed on the base of month
M-1 (the previous month's social-insurance salary, ``fee.base_month``). A
member whose base is unknown (0) or implausible owes an unknown amount, not
zero: their line is created with the base problem set (state "Base
Missing"), never as unpaid, and it is completed by running the generation
again once the party office has entered the base. The amounts and states
come from ``engine/fee.py``.
"""

from collections import defaultdict
from datetime import timedelta

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.osv import expression
from odoo.tools import SQL

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_org.tools.bulk_insert import copy_insert

from ..engine import fee
from ..engine.fee import first_of_month
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
# _fee_member_rows): exempt members still pay (the exemption is from
# activity, not from fees); a temporarily transferred member pays where they
# temporarily work (Quy định 01-QĐ/TW), so one transferred to an external body
# is billed by nobody here, and a member hosted from another committee pays
# at the host.
PARTY_SECRETARY = "party_org.group_party_secretary"
PARTY_OFFICE = "party_org.group_party_office"


# Columns of the lines the monthly generation inserts, in its rows' order
NEW_LINE_COLUMNS = (
    "member_id",
    "company_id",
    "organization_id",
    "month",
    "category",
    "base",
    "base_month",
    "base_source",
    "base_problem",
    "amount_due",
    "amount_paid",
    "state",
    "remitted",
    "create_uid",
    "create_date",
    "write_uid",
    "write_date",
)


class PartyFeeLine(models.Model):
    _name = "party.fee.line"
    _description = "Party Fee Line"
    _inherit = [
        "mail.thread",
        "party.organization.panel.mixin",
        "party.grouped.list.mixin",
        "party.protected.mixin",
    ]
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
            "A member has one fee line per month.",
        ),
        (
            "month_first_day",
            "CHECK(extract(day from month) = 1)",
            "The month is stored as its first day.",
        ),
        (
            "amounts_positive",
            "CHECK(amount_due >= 0 AND amount_paid >= 0)",
            "Fee amounts cannot be negative.",
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
        """See ``fee.line_state``."""
        return fee.line_state(due, paid, problem)

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
            _problem, due = fee.amount_due(
                rules.get(category),
                base_kind,
                minimum,
                line.base,
                line.member_id.fee_voluntary_amount,
            )
            groups[(category, due)] |= line
        for (category, due), group in groups.items():
            group.sudo().write({"category": category, "amount_due": due})

    def action_remit(self):
        """Remit upward the paid lines (one write)."""
        self._party_check_action("write", PARTY_SECRETARY)
        lines = self.filtered(lambda line: line.state == "paid" and not line.remitted)
        if not lines:
            raise UserError(self.env._("Nothing to remit."))
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
            raise UserError(self.env._("These lines have no receipt yet."))
        return self.env.ref("party_fee.party_fee_receipt_report").report_action(
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

    # Monthly generation

    @api.model
    def _generate(self, month, organizations=None):
        """Create the fee lines of ``month`` for the members (readable by the
        user) of ``organizations`` (subtrees), or of the allowed companies,
        and for the members temporarily transferred into those subtrees (or
        into any cell the user can read), collected by their host cell.
        Returns the number of lines created (see ``_generate_batch``)."""
        return self._generate_batch(month, organizations)[0]

    @api.model
    def _generate_batch(self, month, organizations=None, after_member_id=0, limit=None):
        """``_generate`` for the ``limit`` billed members (all when None)
        whose id is above ``after_member_id``, in id order: a background job
        (``party.job`` kind ``party_fee_month``) walks the month in batches.
        Returns ``(lines created, last member id handled, members handled)``.

        Idempotent: a member who already has a line for the month is left
        alone (INSERT ... ON CONFLICT DO NOTHING on member and month), except
        an unpaid line whose base was missing and is now known: its amount
        is completed (tracked in its chatter). Returns the number of lines
        created. The insert skips the ORM: the members are limited here to
        the user's own subtrees (secretaries) or companies (party office).
        """
        self._party_check_group(PARTY_SECRETARY)
        month = first_of_month(fields.Date.to_date(month))
        next_month = (month + timedelta(days=32)).replace(day=1)
        self.env.flush_all()  # raw queries below
        members = self._fee_member_rows(
            month, next_month, organizations, after_member_id, limit
        )
        if not members:
            return 0, after_member_id, 0
        values = self._fee_values(members, month)
        now = fields.Datetime.now()
        uid = self.env.uid
        rows = [
            (
                member_id,
                company_id,
                org_id,
                month,
                vals["category"],
                vals["base"],
                vals["base_month"],
                vals["base_source"],
                vals["base_problem"] or None,
                vals["amount_due"],
                0,
                self._state_of(vals["amount_due"], 0, vals["base_problem"]),
                False,
                uid,
                now,
                uid,
                now,
            )
            for (member_id, org_id, company_id, *_rest), vals in zip(
                members, values, strict=True
            )
        ]
        created = copy_insert(
            self.env.cr,
            self._table,
            NEW_LINE_COLUMNS,
            rows,
            "ON CONFLICT (member_id, month) DO NOTHING",
        )
        self.invalidate_model()
        self._complete_missing_bases(month, members, values)
        return created, members[-1][0], len(members)

    @api.model
    def _fee_member_rows(
        self, month, next_month, organizations=None, after_member_id=0, limit=None
    ):
        """Rows (member, collecting cell, company, category, base, voluntary)
        of the members billed for ``month``, from the membership timeline:
        those in activity in a cell of ``organizations`` (subtrees) during
        the month, in the cell of their latest period of the month. A member
        temporarily transferred to another cell of the enterprise pays there
        (hosted), not at home (away); a member hosted from another committee
        pays at the host; exempt members pay. Limited to the user's own
        subtrees (secretaries) or companies (party office). One query; in
        member id order, above ``after_member_id``, at most ``limit`` rows."""
        Period = self.env["party.membership.period"].sudo()
        domain = self._fee_period_domain(month, next_month, organizations)
        if after_member_id:
            domain.append(("member_id", ">", after_member_id))
        periods = Period._search(domain)
        self.env.cr.execute(
            SQL(
                """SELECT DISTINCT ON (m.id) m.id, p.organization_id, m.company_id,
                          m.fee_category, m.fee_base, m.fee_voluntary_amount
                     FROM party_membership_period p
                     JOIN party_member m ON m.id = p.member_id
                    WHERE p.id IN %s
                 ORDER BY m.id, p.date_start DESC, p.id DESC
                    LIMIT %s""",
                periods.subselect(),
                limit,
            )
        )
        return self.env.cr.fetchall()

    @api.model
    def _fee_period_domain(self, month, next_month, organizations=None):
        """The membership periods that bill a member for ``month``."""
        domain = [
            ("kind", "in", list(timeline.IN_ACTIVITY_KINDS)),
            ("date_start", "<", next_month),
            "|",
            ("date_end", "=", False),
            ("date_end", ">", month),
            ("company_id", "in", self.env.companies.ids),
            *self._fee_scope_domain("organization_id"),
        ]
        if organizations:
            domain.append(
                ("organization_id", "child_of", organizations._subtree_roots().ids)
            )
        return domain

    @api.model
    def _fee_member_count(self, month, organizations=None):
        """How many members ``_generate`` bills for ``month`` (one query)."""
        month = first_of_month(fields.Date.to_date(month))
        next_month = (month + timedelta(days=32)).replace(day=1)
        domain = self._fee_period_domain(month, next_month, organizations)
        groups = (
            self.env["party.membership.period"]
            .sudo()
            ._read_group(domain, aggregates=["member_id:count_distinct"])
        )
        return groups[0][0]

    @api.model
    def _fee_missing_base_count(self, month, organizations=None):
        """Lines of ``month`` in ``organizations`` (and the user's reach) whose
        base is missing or implausible: the amount owed is unknown."""
        domain = [("month", "=", month), ("base_problem", "!=", False)]
        if organizations:
            domain.append(
                ("organization_id", "child_of", organizations._subtree_roots().ids)
            )
        return self.search_count(domain)

    @api.model
    def _fee_generated_message(self, month, count, missing):
        """What the generation of ``month`` did, for the user."""
        if missing:
            return self.env._(
                "Party fees %(month)s: %(count)s new lines, %(missing)s with the "
                "fee base missing (to complete)",
                month=month.strftime("%m/%Y"),
                count=count,
                missing=missing,
            )
        return self.env._(
            "Party fees %(month)s: %(count)s new lines",
            month=month.strftime("%m/%Y"),
            count=count,
        )

    @api.model
    def _fee_values(self, members, month):
        """Return, for each row of ``members``, the line values (see
        ``fee.line_values``), with the rules of the members' companies."""
        Rule = self.env["party.fee.rule"]
        companies = self.env["res.company"].browse({row[2] for row in members})
        company_rules = {
            company.id: (Rule._get_rules(company), Rule._get_minimum_bases(company))
            for company in companies
        }
        bases = self._fee_bases([row[0] for row in members], fee.base_month(month))
        return fee.line_values(members, month, bases, company_rules)

    @api.model
    def _fee_bases(self, member_ids, base_month):
        """Map member id -> (base, source) for the members whose base of
        ``base_month`` is known elsewhere than on their record (the contract
        bridge); the others use the declared ``fee_base``."""
        return {}

    @api.model
    def _complete_missing_bases(self, month, members, values):
        """Complete the unpaid lines of ``month`` whose base was missing and
        is now known: one ORM write per distinct set of values, so that the
        amount due is tracked in each line's chatter."""
        known = {
            row[0]: vals
            for row, vals in zip(members, values, strict=True)
            if not vals["base_problem"]
        }
        if not known:
            return
        # The month's unpaid lines with a missing base are few; naming the
        # batch's members in the query instead put every member id of the
        # batch in one IN list (a million at a million members).
        lines = self.sudo().search(
            [
                ("month", "=", month),
                ("base_problem", "!=", False),
                ("amount_paid", "=", 0),
            ]
        )
        groups = defaultdict(lambda: self.sudo().browse())
        keys = ("base", "base_month", "base_source", "amount_due")
        for line in lines.filtered(lambda line: line.member_id.id in known):
            vals = known[line.member_id.id]
            groups[tuple(vals[key] for key in keys)] |= line
        for key, group in groups.items():
            group.write(dict(zip(keys, key, strict=True), base_problem=False))

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
