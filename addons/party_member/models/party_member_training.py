# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class PartyMemberTraining(models.Model):
    _name = "party.member.training"
    _description = "Party Member Training"
    _inherit = ["party.member.period.mixin"]

    school = fields.Char(string="School / Training Institution", required=True)
    subject = fields.Char(string="Field of Study")
    training_form = fields.Char(help="e.g. full-time, in-service")
    qualification = fields.Char(string="Degree / Certificate")
