# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reminder rule on party fees (see ``party_org/models/party_reminder.py``
for the engine)."""

from odoo import api, models
from odoo.tools.translate import LazyTranslate

from odoo.addons.party_org.models.party_reminder import month_end

# Lazy texts rendered in each recipient's language by the engine.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)


class PartyReminder(models.AbstractModel):
    _inherit = "party.reminder"

    @api.model
    def _get_reminder_rules(self):
        return {**super()._get_reminder_rules(), "unpaid_fees": None}

    def _remind_unpaid_fees(self, today, delays):
        """Three months of the year without paying the fee: grounds for
        removal (Điều lệ Đảng, Điều 8). Reads the stored count of the daily
        fee job (``_update_fee_flags``); closes when the fees are paid."""
        members = self.env["party.member"].search(
            [("company_id", "in", list(delays)), ("fee_flagged", "=", True)]
        )
        return [
            (
                member,
                member.organization_id,
                month_end(today),
                _lt(
                    "%(count)s unpaid fee months this year",
                    count=member.fee_unpaid_months,
                ),
            )
            for member in members
        ]
