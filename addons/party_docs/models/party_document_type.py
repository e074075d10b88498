# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyDocumentType(models.Model):
    _name = "party.document.type"
    _description = "Party Document Type"
    _inherit = ["party.protected.mixin"]
    _order = "sequence, name"

    name = fields.Char(required=True, translate=True)
    abbreviation = fields.Char(
        required=True, help="Used in the symbol, e.g. NQ in 12-NQ/ĐU."
    )
    sequence = fields.Integer(default=10)
    active = fields.Boolean(default=True)

    _sql_constraints = [
        (
            "abbreviation_uniq",
            "unique(abbreviation)",
            "The abbreviation of a document type must be unique.",
        ),
    ]

    def _compute_display_name(self):
        for doc_type in self:
            doc_type.display_name = f"{doc_type.name} ({doc_type.abbreviation})"
