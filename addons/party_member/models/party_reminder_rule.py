# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models

RULES = [
    ("probation_ending", "Probation Ending (days before)"),
    ("recognition_overdue", "Recognition Vote Overdue"),
    ("transfer_overdue", "Transfer Overdue"),
]


class PartyReminderRule(models.Model):
    _inherit = "party.reminder.rule"

    rule = fields.Selection(
        selection_add=RULES, ondelete={key: "cascade" for key, _label in RULES}
    )
