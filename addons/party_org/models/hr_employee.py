# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import AccessError

OFFICE_GROUP = "party_org.group_party_office"


class HrEmployee(models.Model):
    _inherit = "hr.employee"

    def write(self, vals):
        holders = self.browse()
        if "user_id" in vals:
            holders = self._party_scope_holders()
            if holders and not (self.env.su or self.env.user.has_group(OFFICE_GROUP)):
                raise AccessError(
                    self.env._(
                        "%(employees)s hold party positions or a party record: "
                        "only the party office links them to another user, "
                        "since the user inherits their party access.",
                        employees=", ".join(holders.sudo().mapped("name")),
                    )
                )
        res = super().write(vals)
        if holders:
            self.env["res.users"]._party_scope_changed()
        return res

    def _party_scope_holders(self):
        """Employees among ``self`` whose user draws a party scope from them.
        Hook: party_member adds the employees with a member record."""
        positions = (
            self.env["party.position"]
            .sudo()
            .search([("employee_id", "in", self.ids), ("state", "=", "open")])
        )
        return positions.employee_id
