# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyEthnicity(models.Model):
    _name = "party.ethnicity"
    _description = "Ethnic Group"
    _inherit = ["party.protected.mixin"]
    _order = "sequence, name"

    name = fields.Char(required=True)
    code = fields.Char(
        help="Code of the official list (Quyết định 121-TCTK/PPCĐ, 1979)."
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "code_uniq",
            "unique(code)",
            "The ethnic group code must be unique.",
        ),
    ]
