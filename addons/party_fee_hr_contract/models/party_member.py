# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from collections import defaultdict

from odoo import api, fields, models

PARTY_SECRETARY = "party_org.group_party_secretary"
# Fee base writes from the contract: no chatter line (the tracking would
# build a salary history of the member) and no per-member message.
SYNC_CONTEXT = {"tracking_disable": True, "mail_notrack": True}


class PartyMember(models.Model):
    _inherit = "party.member"

    fee_base_from_contract = fields.Boolean(
        string="Fee Base from Contract",
        default=True,
        groups="party_org.group_party_secretary",
        help="Keep the fee base equal to the wage of the employee's running "
        "contract (wage earners only).",
    )

    def _get_fee_base_domain(self):
        """Members whose fee base follows their employee's contract."""
        return [
            ("fee_base_from_contract", "=", True),
            ("fee_category", "=", "wage_earner"),
            ("employee_id", "!=", False),
        ]

    @api.model
    def _sync_fee_base_from_contracts(self, members=None):
        """Copy running contract wages (whole đồng) to the fee base of
        ``members`` (default: all that follow their contract), with one read
        of contracts and one write per distinct wage. Runs as sudo: callers
        check who may do it (``action_sync_fee_base``) or are the contract
        itself and the cron."""
        members = (
            (members or self.sudo().search([]))
            .sudo()
            .with_context(**SYNC_CONTEXT)
            .filtered_domain(self._get_fee_base_domain())
        )
        contracts = (
            self.env["hr.contract"]
            .sudo()
            .search(
                [("state", "=", "open"), ("employee_id", "in", members.employee_id.ids)]
            )
        )
        wage_by_employee = {c.employee_id.id: round(c.wage) for c in contracts}
        by_wage = defaultdict(members.browse)
        minimums = {}
        Rule = self.env["party.fee.rule"]
        for member in members:
            wage = wage_by_employee.get(member.employee_id.id)
            if wage is None or wage == member.fee_base:
                continue
            company = member.company_id
            if company not in minimums:
                minimums[company] = Rule._get_minimum_bases(company)
            _kind, minimum = minimums[company].get(member.fee_category, (None, 0))
            if 0 < wage < minimum:
                # below the minimum wage: not a salary; the base stays and the
                # fee line says so (base missing) rather than refusing the contract
                continue
            by_wage[wage] |= member
        for wage, group in by_wage.items():
            group.write({"fee_base": wage})
        return members

    def action_sync_fee_base(self):
        """Update the fee base of these members from their running contract:
        secretaries and the office, on the members in their charge."""
        self._party_check_action("write", PARTY_SECRETARY)
        self._sync_fee_base_from_contracts(self)

    @api.model
    def _cron_sync_fee_base(self):
        self._sync_fee_base_from_contracts()
        return fields.Datetime.now()
