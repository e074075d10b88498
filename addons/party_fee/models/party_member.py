# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: party fee category, base and unpaid months."""

from collections import defaultdict
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..engine import fee
from .party_fee_line import BASE_PROBLEMS
from .party_fee_rule import FEE_CATEGORIES


class PartyMember(models.Model):
    _inherit = "party.member"

    fee_category = fields.Selection(
        FEE_CATEGORIES,
        default="wage_earner",
        tracking=True,
        help="Decides the party fee rule (Quy định 01-QĐ/TW, 2026).",
    )
    fee_base = fields.Integer(
        string="Fee Base (VND)",
        tracking=True,
        groups="party_org.group_party_secretary",
        help="Previous month's social-insurance salary base, or the pension, in VND.",
    )
    fee_voluntary_amount = fields.Integer(
        string="Voluntary Monthly Fee (VND)",
        groups="party_org.group_party_secretary",
        help="A member may pay more than the rule: this amount is used when higher.",
    )
    fee_line_ids = fields.One2many("party.fee.line", "member_id", string="Party Fees")
    fee_base_problem = fields.Selection(
        BASE_PROBLEMS,
        compute="_compute_fee_base_problem",
        store=True,
        index="btree_not_null",
        help="Missing data for the party office: the fee base is unknown (0) or "
        "below the minimum, so the fee owed is unknown. Such months are not "
        "counted as unpaid until the base is completed.",
    )
    fee_unpaid_months = fields.Integer(
        string="Unpaid Months (year)",
        readonly=True,
        copy=False,
        help="Months without full payment in the year shown beside, updated daily: "
        "the year to date (the current month is not yet due) or the closed year, "
        "whichever has more. A partly paid month counts for its unpaid share.",
    )
    fee_unpaid_year = fields.Integer(
        string="Year of the Unpaid Months",
        readonly=True,
        copy=False,
        help="The calendar year the unpaid months belong to.",
    )
    fee_flagged = fields.Boolean(
        string="3 Unpaid Months",
        readonly=True,
        copy=False,
        index=True,
        help="Three months of the year without paying the fee: grounds for "
        "removal (Điều lệ Đảng, Điều 8).",
    )

    @api.depends("fee_base", "fee_category", "company_id")
    def _compute_fee_base_problem(self):
        Rule = self.env["party.fee.rule"]
        minimums = {}
        for member in self.sudo():
            company = member.company_id
            if company not in minimums:
                minimums[company] = Rule._get_minimum_bases(company)
            kind, minimum = minimums[company].get(
                member.fee_category or fee.CATEGORY_WAGE_EARNER, (fee.KIND_FIXED, 0)
            )
            problem = fee.base_problem(kind, member.fee_base, minimum)
            member.fee_base_problem = problem or False

    @api.constrains("fee_base", "fee_category")
    def _check_fee_base_plausible(self):
        """A base below the minimum wage is a typing error (5,500 for
        5,500,000), not a salary: refused. 0 means unknown (flagged)."""
        for member in self.sudo():
            if member.fee_base_problem == "implausible":
                raise ValidationError(
                    self.env._(
                        "The fee base of %(name)s (%(base)s VND) is below the minimum "
                        "of the fee rule: a social-insurance salary is at least the "
                        "regional minimum wage (Quy định 01-QĐ/TW; Nghị định "
                        "293/2025/NĐ-CP). Enter the full monthly amount in VND, or 0 "
                        "if it is not known yet.",
                        name=member.name,
                        base=format(member.fee_base, ","),
                    )
                )

    @api.model
    def _update_fee_flags(self, year=None, through_month=None):
        """Recount the unpaid months of every member with fee lines, with
        the engine (engine/fee.py explains the counting); flag those with 3
        or more and return the newly flagged members.

        By default the periods of ``fee.evaluation_periods(today)``: the
        closed year in full and the current year up to the month before, so
        the October to December of a closed year are seen in January. The
        count shown is that of the period with more unpaid months. Months
        without a line, of 0 due or with a missing base are not due."""
        if year is None:
            periods = fee.evaluation_periods(fields.Date.context_today(self))
        else:
            periods = [(year, 12 if through_month is None else through_month)]
        shares = self._fee_paid_shares(periods[0][0], periods[-1][0])
        threshold = fee.REMOVAL_UNPAID_MONTHS
        results = {}
        for member_id, by_year in shares.items():
            best = (0, 0, False)
            for period_year, total in fee.unpaid_by_period(by_year, periods):
                count = fee.whole_months(total)
                if count and count >= best[0]:
                    best = (count, period_year, best[2])
                if total >= threshold:
                    best = (*best[:2], True)
            results[member_id] = best
        members = self.sudo().search(
            [
                "|",
                "|",
                ("id", "in", list(results)),
                ("fee_unpaid_months", "!=", 0),
                ("fee_flagged", "=", True),
            ]
        )
        was_flagged = members.filtered("fee_flagged")
        by_result = defaultdict(list)
        for member in members:
            result = results.get(member.id, (0, 0, False))
            current = (
                member.fee_unpaid_months,
                member.fee_unpaid_year,
                member.fee_flagged,
            )
            if result != current:
                by_result[result].append(member.id)
        for (count, period_year, flagged), ids in by_result.items():
            self.sudo().browse(ids).write(
                {
                    "fee_unpaid_months": count,
                    "fee_unpaid_year": period_year,
                    "fee_flagged": flagged,
                }
            )
        return members.filtered("fee_flagged") - was_flagged

    @api.model
    def _fee_paid_shares(self, first_year, last_year):
        """Map member id -> year -> month -> share paid (engine.paid_share)
        of the lines due from ``first_year`` to ``last_year``: one grouped
        read. Lines with a missing base or nothing due are left out."""
        groups = (
            self.env["party.fee.line"]
            .sudo()
            ._read_group(
                [
                    ("month", ">=", date(first_year, 1, 1)),
                    ("month", "<=", date(last_year, 12, 31)),
                    ("base_problem", "=", False),
                    ("amount_due", ">", 0),
                ],
                ["member_id", "month:month"],
                ["amount_due:sum", "amount_paid:sum"],
            )
        )
        shares = defaultdict(lambda: defaultdict(dict))
        for member, month, due, paid in groups:
            shares[member.id][month.year][month.month] = fee.paid_share(due, paid)
        return shares

    @api.model
    def _cron_flag_unpaid_fees(self):
        """Daily: recount the unpaid months and flag members with 3. The
        secretary's activity comes from the reminder rule ``unpaid_fees``
        (``party.reminder``), which reads these stored flags."""
        return self._update_fee_flags()
