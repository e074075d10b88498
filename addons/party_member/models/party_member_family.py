# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

RELATIONS = [
    ("father", "Father"),
    ("mother", "Mother"),
    ("spouse", "Spouse"),
    ("child", "Child"),
    ("sibling", "Sibling"),
    ("father_in_law", "Father-in-law"),
    ("mother_in_law", "Mother-in-law"),
    ("other", "Other"),
]


class PartyMemberFamily(models.Model):
    _name = "party.member.family"
    _description = "Party Member Family Background"
    _inherit = ["party.member.line.mixin"]
    _order = "member_id, id"

    relation = fields.Selection(RELATIONS, required=True)
    name = fields.Char(required=True)
    birth_year = fields.Integer()
    occupation = fields.Char()
    residence = fields.Char()
    political_notes = fields.Text(
        string="Political Attitude",
        help="Political history and attitude (Lý lịch 2-KNĐ, family section).",
    )
