# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

RULES = [("fee_member_notice", "Fee Reminder to Members (day of the month)")]


class PartyReminderRule(models.Model):
    _inherit = "party.reminder.rule"

    rule = fields.Selection(
        selection_add=RULES, ondelete={key: "cascade" for key, _label in RULES}
    )
