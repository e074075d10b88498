# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class MailActivity(models.Model):
    _inherit = "mail.activity"

    party_warning_rule = fields.Char(
        index="btree_not_null",
        help="The early-warning rule that raised this activity (party_kpi); "
        "one open activity per rule and record.",
    )
