# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fee lines whose base is the wage of the contract running in the month
before: said on the line (base source "Contract Wage"), since the rule's base
is the social-insurance salary, which the contract does not give."""

from calendar import monthrange

from odoo import api, fields, models
from odoo.tools import SQL

SOURCE_CONTRACT = "contract"


class PartyFeeLine(models.Model):
    _inherit = "party.fee.line"

    base_source = fields.Selection(
        selection_add=[
            (SOURCE_CONTRACT, "Contract Wage (Not the Social-Insurance Salary)")
        ],
        ondelete={SOURCE_CONTRACT: "set default"},
    )

    @api.model
    def _fee_bases(self, member_ids, base_month):
        """The wage (whole đồng) of the contract running in ``base_month``
        for the members whose base follows their contract: the latest one
        started by the end of that month and not ended before it. Members
        without such a contract keep the base on their record, which follows
        their latest running contract: also a contract wage. One query (the
        ORM read every member of the month before: out of memory at a
        million members)."""
        bases = super()._fee_bases(member_ids, base_month)
        Member = self.env["party.member"].sudo()
        query = Member._search(Member._get_fee_base_domain())
        query.add_where(
            SQL("%s = ANY(%s)", SQL.identifier(Member._table, "id"), member_ids)
        )
        month_end = base_month.replace(day=monthrange(*base_month.timetuple()[:2])[1])
        self.env.cr.execute(
            SQL(
                """SELECT member.id, contract.wage, member.fee_base
                     FROM party_member member
                LEFT JOIN LATERAL (
                           SELECT wage FROM hr_contract
                            WHERE employee_id = member.employee_id
                              AND state IN ('open', 'close')
                              AND date_start <= %(month_end)s
                              AND (date_end IS NULL OR date_end >= %(month)s)
                         ORDER BY date_start DESC, id DESC
                            LIMIT 1
                          ) contract ON TRUE
                    WHERE member.id IN %(members)s""",
                month_end=month_end,
                month=base_month,
                members=query.subselect(),
            )
        )
        for member_id, wage, declared in self.env.cr.fetchall():
            base = round(wage) if wage is not None else declared or 0
            bases[member_id] = (base, SOURCE_CONTRACT)
        return bases
