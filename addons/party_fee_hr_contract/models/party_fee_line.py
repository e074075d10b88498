# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fee lines whose base is the wage of the contract running in the month
before: said on the line (base source "Contract Wage"), since the rule's base
is the social-insurance salary, which the contract does not give."""

from calendar import monthrange

from odoo import api, fields, models

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
        their latest running contract: also a contract wage. Two queries."""
        bases = super()._fee_bases(member_ids, base_month)
        Member = self.env["party.member"].sudo()
        members = Member.browse(member_ids).filtered_domain(
            Member._get_fee_base_domain()
        )
        if not members:
            return bases
        month_end = base_month.replace(day=monthrange(*base_month.timetuple()[:2])[1])
        contracts = (
            self.env["hr.contract"]
            .sudo()
            .search(
                [
                    ("employee_id", "in", members.employee_id.ids),
                    ("state", "in", ("open", "close")),
                    ("date_start", "<=", month_end),
                    "|",
                    ("date_end", "=", False),
                    ("date_end", ">=", base_month),
                ],
                order="date_start desc, id desc",
            )
        )
        wage_by_employee = {}
        for contract in contracts:
            wage_by_employee.setdefault(contract.employee_id.id, round(contract.wage))
        for member in members:
            wage = wage_by_employee.get(member.employee_id.id, member.fee_base or 0)
            bases[member.id] = (wage, SOURCE_CONTRACT)
        return bases
