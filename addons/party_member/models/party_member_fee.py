# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: party fee category, base and unpaid months."""

from collections import defaultdict

from odoo import api, fields, models

from ..engine import fee
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
        help="Previous month's social-insurance salary base, or the pension, in đồng.",
    )
    fee_voluntary_amount = fields.Integer(
        string="Voluntary Monthly Fee (VND)",
        groups="party_org.group_party_secretary",
        help="A member may pay more than the rule: this amount is used when higher.",
    )
    fee_line_ids = fields.One2many("party.fee.line", "member_id", string="Party Fees")
    fee_unpaid_months = fields.Integer(
        string="Unpaid Months (year)",
        readonly=True,
        copy=False,
        help="Months of the current year without full payment, updated daily.",
    )
    fee_flagged = fields.Boolean(
        string="3 Unpaid Months",
        readonly=True,
        copy=False,
        index=True,
        help="Three months of the year without paying the fee: grounds for "
        "removal (Điều lệ Đảng, Điều 8).",
    )

    @api.model
    def _update_fee_flags(self, year=None, through_month=None):
        """Recount the unpaid months of ``year`` (up to ``through_month``)
        of every member with fee lines, with the engine; flag those with 3
        or more and return the newly flagged members. Months without a
        line (not due) do not count."""
        today = fields.Date.context_today(self)
        if year is None:
            year = today.year
            through_month = today.month - 1
        through_month = 12 if through_month is None else through_month
        Line = self.env["party.fee.line"].sudo()
        groups = Line._read_group(
            [
                ("month", ">=", f"{year}-01-01"),
                ("month", "<=", f"{year}-12-31"),
            ],
            ["member_id", "month:month", "state"],
            ["__count"],
        )
        paid_by_member = defaultdict(dict)
        for member, month, state, _count in groups:
            paid_by_member[member.id][month.month] = state == "paid"
        counts = {}
        for member_id, paid in paid_by_member.items():
            not_due = [m for m in fee.MONTHS if m not in paid]
            counts[member_id] = len(
                fee.unpaid_months(paid, year, through_month, not_due)
            )
        members = self.sudo().search(
            ["|", ("id", "in", list(counts)), ("fee_unpaid_months", "!=", 0)]
        )
        threshold = fee.REMOVAL_UNPAID_MONTHS
        was_flagged = members.filtered("fee_flagged")
        by_count = defaultdict(list)
        for member in members:
            by_count[counts.get(member.id, 0)].append(member.id)
        for count, ids in by_count.items():
            self.sudo().browse(ids).write(
                {"fee_unpaid_months": count, "fee_flagged": count >= threshold}
            )
        return members.filtered("fee_flagged") - was_flagged

    @api.model
    def _cron_flag_unpaid_fees(self):
        """Daily: recount the unpaid months and flag members with 3. The
        secretary's activity comes from the reminder rule ``unpaid_fees``
        (``party.reminder``), which reads these stored flags."""
        return self._update_fee_flags()
