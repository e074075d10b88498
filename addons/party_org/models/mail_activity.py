# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class MailActivity(models.Model):
    _inherit = "mail.activity"

    party_warning_rule = fields.Char(
        string="Reminder Rule",
        index="btree_not_null",
        readonly=True,
        help="The reminder rule that raised this activity (party.reminder); "
        "one open activity per rule and record.",
    )
