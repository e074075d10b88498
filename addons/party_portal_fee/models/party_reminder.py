# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The monthly fee reminder to the members themselves, run by the one
reminder engine of party_org (``party.reminder``)."""

from odoo import api, models

from odoo.addons.party_fee.engine.fee import first_of_month

# Default: members are reminded from the 15th of the month.
DEFAULT_REMINDER_DAY = 15


class PartyReminder(models.AbstractModel):
    _inherit = "party.reminder"

    @api.model
    def _get_reminder_rules(self):
        return {
            **super()._get_reminder_rules(),
            "fee_member_notice": DEFAULT_REMINDER_DAY,
        }

    def _remind_fee_member_notice(self, today, delays):
        """From the day of the month set as the rule's delay, each member
        whose fee of the month is not paid in full gets one email (see
        ``party.fee.line._portal_send_fee_reminders``). The members are
        written to, no activity is opened for the staff: returns none."""
        companies = [
            company_id
            for company_id, day in delays.items()
            if today.day >= (day or DEFAULT_REMINDER_DAY)
        ]
        if companies:
            self.env["party.fee.line"]._portal_send_fee_reminders(
                first_of_month(today), companies
            )
        return []
