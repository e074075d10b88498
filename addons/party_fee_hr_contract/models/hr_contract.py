# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class HrContract(models.Model):
    _inherit = "hr.contract"

    @api.model_create_multi
    def create(self, vals_list):
        contracts = super().create(vals_list)
        contracts._sync_party_fee_base()
        return contracts

    def write(self, vals):
        res = super().write(vals)
        if {"wage", "state", "employee_id"} & set(vals):
            self._sync_party_fee_base()
        return res

    def _sync_party_fee_base(self):
        members = (
            self.env["party.member"]
            .sudo()
            .search([("employee_id", "in", self.employee_id.ids)])
        )
        if members:
            members._sync_fee_base_from_contracts(members)
