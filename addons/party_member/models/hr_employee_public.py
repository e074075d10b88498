# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models


class HrEmployeePublic(models.Model):
    """Users without HR rights see employees through hr.employee.public: they
    get the same party facts as on hr.employee (party groups only)."""

    _name = "hr.employee.public"
    _inherit = ["hr.employee.public", "party.employee.facts.mixin"]
