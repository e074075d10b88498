# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: party fee category, base and unpaid months."""

from collections import defaultdict
from datetime import date

from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.tools import SQL

from ..engine import fee
from .party_fee_line import BASE_PROBLEMS
from .party_fee_rule import FEE_CATEGORIES

# Members whose unpaid months are counted at a time (daily check), and
# the last member counted by the daily cron's unfinished pass
FEE_FLAG_BATCH = 20000
FEE_FLAG_CURSOR = "party_fee.fee_flags_after_id"


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
        without a line, of 0 due or with a missing base are not due.

        Members are counted ``FEE_FLAG_BATCH`` at a time, in id order: at a
        million members, the grouped read of every line of two years (12
        million groups) ran out of memory."""
        if year is None:
            periods = fee.evaluation_periods(fields.Date.context_today(self))
        else:
            periods = [(year, 12 if through_month is None else through_month)]
        newly_flagged = self.browse()
        after_id = 0
        while True:
            ids = self._fee_flag_batch(after_id)
            if not ids:
                return newly_flagged
            newly_flagged |= self._update_fee_flags_of(periods, ids[0], ids[-1])
            after_id = ids[-1]
            self.env.invalidate_all()

    @api.model
    def _fee_flag_batch(self, after_id):
        """The ids of the next ``FEE_FLAG_BATCH`` members after ``after_id``."""
        self.env.cr.execute(
            SQL(
                "SELECT id FROM party_member WHERE id > %s ORDER BY id LIMIT %s",
                after_id,
                FEE_FLAG_BATCH,
            )
        )
        return [row[0] for row in self.env.cr.fetchall()]

    @api.model
    def _update_fee_flags_of(self, periods, first_id, last_id):
        """``_update_fee_flags`` for the members with ids from ``first_id``
        to ``last_id``."""
        shares = self._fee_paid_shares(
            periods[0][0], periods[-1][0], (first_id, last_id)
        )
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
                ("id", ">=", first_id),
                ("id", "<=", last_id),
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
    def _fee_paid_shares(self, first_year, last_year, member_ids=None):
        """Map member id -> year -> month -> share paid (engine.paid_share)
        of the lines due from ``first_year`` to ``last_year`` (of the
        members with ids in the range ``member_ids``, when given): one
        grouped query. Lines with a missing base or nothing due are left
        out."""
        domain = [
            ("month", ">=", date(first_year, 1, 1)),
            ("month", "<=", date(last_year, 12, 31)),
            ("base_problem", "=", False),
            ("amount_due", ">", 0),
        ]
        if member_ids:
            domain += [
                ("member_id", ">=", member_ids[0]),
                ("member_id", "<=", member_ids[1]),
            ]
        Line = self.env["party.fee.line"].sudo()
        Line.flush_model(["member_id", "month", "amount_due", "amount_paid"])
        query = Line._search(domain)
        table = SQL.identifier(Line._table)
        self.env.cr.execute(
            SQL(
                "SELECT %(table)s.member_id, %(table)s.month,"
                " SUM(%(table)s.amount_due), SUM(%(table)s.amount_paid)"
                " FROM %(from)s WHERE %(where)s GROUP BY 1, 2",
                table=table,
                **{"from": query.from_clause, "where": query.where_clause},
            )
        )
        shares = defaultdict(lambda: defaultdict(dict))
        for member_id, month, due, paid in self.env.cr.fetchall():
            shares[member_id][month.year][month.month] = fee.paid_share(due, paid)
        return shares

    @api.model
    def _cron_flag_unpaid_fees(self):
        """Daily: recount the unpaid months and flag members with 3. The
        secretary's activity comes from the reminder rule ``unpaid_fees``
        (``party.reminder``), which reads these stored flags.

        One batch of ``FEE_FLAG_BATCH`` members a call, from where the last
        call stopped (system parameter ``party_fee.fee_flags_after_id``),
        with Odoo's cron progress: Odoo commits after each batch and calls
        again while members remain, so a million members never run in one
        transaction (4 minutes, past a cron worker's time limit). Returns
        the members newly flagged by this batch."""
        Param = self.env["ir.config_parameter"].sudo()
        after_id = int(Param.get_param(FEE_FLAG_CURSOR, 0))
        ids = self._fee_flag_batch(after_id)
        flagged = self.browse()
        if ids:
            periods = fee.evaluation_periods(fields.Date.context_today(self))
            flagged = self._update_fee_flags_of(periods, ids[0], ids[-1])
        self.env.cr.execute(
            SQL(
                "SELECT COUNT(*) FROM party_member WHERE id > %s", ids[-1] if ids else 0
            )
        )
        remaining = self.env.cr.fetchone()[0] if ids else 0
        Param.set_param(FEE_FLAG_CURSOR, ids[-1] if remaining else 0)
        self.env["ir.cron"]._notify_progress(done=len(ids), remaining=remaining)
        return flagged
