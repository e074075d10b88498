# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    def write(self, vals):
        """An employee given a user takes over their member record from the
        portal user granted before (``party.member._compute_user_id``):
        that portal user, linked to nothing now, is archived."""
        if "user_id" not in vals:
            return super().write(vals)
        members = (
            self.env["party.member"]
            .sudo()
            .with_context(active_test=False)
            .search([("employee_id", "in", self.ids)])
        )
        portal_before = members.user_id.filtered("share")
        res = super().write(vals)
        replaced = portal_before - members.user_id
        if replaced:
            self.env["party.member"]._portal_archive_users(replaced)
        return res
