# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class PartyMember(models.Model):
    _inherit = "party.member"

    @api.model
    def _risk_unpaid_fee_months(self, member_ids, first, last):
        """The members' fee lines from ``first`` to ``last`` not paid in
        full, counted per year, in one query.

        Counted on the lines, not read from the stored ``fee_unpaid_months``:
        that field holds one year only (``fee_unpaid_year``), while the risk
        model is trained on every reviewed year."""
        groups = (
            self.env["party.fee.line"]
            .sudo()
            ._read_group(
                [
                    ("member_id", "in", member_ids),
                    ("month", ">=", first),
                    ("month", "<=", last),
                    ("state", "!=", "paid"),
                ],
                ["member_id", "month:year"],
                ["__count"],
            )
        )
        return {(member.id, month.year): count for member, month, count in groups}
