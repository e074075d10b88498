# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Đảng phí: the monthly generation of fee lines (Quy định 01-QĐ/TW, 2026).

The fee of month M is computed on the base of month M-1 (the previous
month's social-insurance salary, ``fee.base_month``). A member whose base
is unknown (0) or implausible owes an unknown amount, not zero: their line
is created with the base problem set (state "Base Missing"), never as
unpaid, and it is completed by running the generation again once the party
office has entered the base.
"""

from collections import defaultdict
from datetime import timedelta

from psycopg2.extras import execute_values

from odoo import api, fields, models
from odoo.osv import expression
from odoo.tools import SQL

from ..engine import fee, timeline
from .party_fee_line import (
    PARTY_OFFICE,
    PARTY_SECRETARY,
    first_of_month,
)

SOURCE_DECLARED = "declared"
SOURCE_NONE = "none"


class PartyFeeLine(models.Model):
    _inherit = "party.fee.line"

    @api.model
    def _generate(self, month, organizations=None):
        """Create the fee lines of ``month`` for the members (readable by the
        user) of ``organizations`` (subtrees), or of the allowed companies,
        and for the members temporarily transferred into those subtrees (or
        into any cell the user can read), collected by their host cell.

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
        members = self._fee_member_rows(month, next_month, organizations)
        if not members:
            return 0
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
        created = execute_values(
            self.env.cr._obj,
            """INSERT INTO party_fee_line
                   (member_id, company_id, organization_id, month, category, base,
                    base_month, base_source, base_problem, amount_due, amount_paid,
                    state, remitted, create_uid, create_date, write_uid, write_date)
               VALUES %s
               ON CONFLICT (member_id, month) DO NOTHING
               RETURNING id""",
            rows,
            page_size=5000,
            fetch=True,
        )
        self.invalidate_model()
        self._complete_missing_bases(month, members, values)
        return len(created)

    @api.model
    def _fee_member_rows(self, month, next_month, organizations=None):
        """Rows (member, collecting cell, company, category, base, voluntary)
        of the members billed for ``month``, from the membership timeline:
        those in activity in a cell of ``organizations`` (subtrees) during
        the month, in the cell of their latest period of the month. A member
        temporarily transferred to another cell of the enterprise pays there
        (hosted), not at home (away); a member hosted from another committee
        pays at the host; exempt members pay. Limited to the user's own
        subtrees (secretaries) or companies (party office). One query."""
        Period = self.env["party.membership.period"].sudo()
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
            domain.append(("organization_id", "child_of", organizations.ids))
        periods = Period._search(domain)
        self.env.cr.execute(
            SQL(
                """SELECT DISTINCT ON (m.id) m.id, p.organization_id, m.company_id,
                          m.fee_category, m.fee_base, m.fee_voluntary_amount
                     FROM party_membership_period p
                     JOIN party_member m ON m.id = p.member_id
                    WHERE p.id IN %s
                 ORDER BY m.id, p.date_start DESC, p.id DESC""",
                periods.subselect(),
            )
        )
        return self.env.cr.fetchall()

    @api.model
    def _fee_values(self, members, month):
        """Return, for each row of ``members``, the line values: category,
        base of the month before and its source, the base problem, and the
        amount due (0 when the base is missing: unknown, not owed)."""
        base_month = fee.base_month(month)
        other_bases = self._fee_bases([row[0] for row in members], base_month)
        Rule = self.env["party.fee.rule"]
        rules_by_company = {}
        result = []
        for member_id, _org, company_id, category, base, voluntary in members:
            category = category or fee.CATEGORY_WAGE_EARNER
            base, source = other_bases.get(member_id, (base or 0, SOURCE_DECLARED))
            if company_id not in rules_by_company:
                company = self.env["res.company"].browse(company_id)
                rules_by_company[company_id] = (
                    Rule._get_rules(company),
                    Rule._get_minimum_bases(company),
                )
            rules, minimums = rules_by_company[company_id]
            kind, minimum = minimums.get(category, (fee.KIND_FIXED, 0))
            problem = fee.base_problem(kind, base, minimum)
            if kind != fee.KIND_PERCENT:
                source = SOURCE_NONE
            due = 0
            if category in rules and not problem:
                due = fee.monthly_fee(*rules[category][:2], base, rules[category][2])
                if voluntary and voluntary > due:
                    due = voluntary  # paying more is allowed
            result.append(
                {
                    "category": category,
                    "base": base,
                    "base_month": base_month,
                    "base_source": source,
                    "base_problem": problem or False,
                    "amount_due": due,
                }
            )
        return result

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
        lines = self.sudo().search(
            [
                ("month", "=", month),
                ("member_id", "in", list(known)),
                ("base_problem", "!=", False),
                ("amount_paid", "=", 0),
            ]
        )
        groups = defaultdict(lambda: self.sudo().browse())
        keys = ("base", "base_month", "base_source", "amount_due")
        for line in lines:
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
