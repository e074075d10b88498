# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class HrEmployee(models.Model):
    _name = "hr.employee"
    _inherit = ["hr.employee", "party.employee.facts.mixin"]

    def _party_scope_holders(self):
        """Employees with a party member record also give their user a
        party scope (the member's own cell, res_users.py) and their own
        record: only the party office links them to another user."""
        holders = super()._party_scope_holders()
        members = (
            self.env["party.member"]
            .sudo()
            .with_context(active_test=False)
            .search([("employee_id", "in", self.ids)])
        )
        return holders | members.employee_id
