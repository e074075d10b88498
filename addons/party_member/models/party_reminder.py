# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Reminder rules on members and transfers (see
``party_org/models/party_reminder.py`` for the engine)."""

from datetime import timedelta

from odoo import api, models
from odoo.tools.translate import LazyTranslate

from .party_member_lifecycle import PROBATION_REMINDER_DAYS

# Lazy texts rendered in each recipient's language by the engine.
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

# A probationer's displayed state: probationary, or temporarily transferred
# with the probationary grade (no official date); the home branch votes on
# both (Quy định 294-QĐ/TW, point 4.2).
PROBATIONER_STATES = ("probationary", "temporarily_transferred")
# 30 working days after the probation are less than this many calendar days,
# whatever the holidays: bounds the search before the exact deadline.
VOTE_WINDOW = timedelta(days=120)


class PartyReminder(models.AbstractModel):
    _inherit = "party.reminder"

    @api.model
    def _get_reminder_rules(self):
        return {
            **super()._get_reminder_rules(),
            "probation_ending": PROBATION_REMINDER_DAYS,
            "recognition_overdue": None,
            "transfer_overdue": None,
        }

    def _probationers(self, delays, domain):
        return self.env["party.member"].search(
            [
                ("company_id", "in", list(delays)),
                ("state", "in", PROBATIONER_STATES),
                ("official_date", "=", False),
                ("probation_end_date", "!=", False),
                ("recognition_escalated", "=", False),
                *domain,
            ]
        )

    def _remind_probation_ending(self, today, delays):
        """Probation ends within the delay (days) and the vote is not due
        yet: prepare the recognition vote. Once the vote is overdue the next
        rule takes over."""
        members = self._probationers(
            delays,
            [
                (
                    "probation_end_date",
                    "<=",
                    today + timedelta(days=max(delays.values())),
                ),
                ("probation_end_date", ">=", today - VOTE_WINDOW),
            ],
        )
        return [
            (
                member,
                member.organization_id,
                member.probation_end_date,
                _lt(
                    "Probation of %(name)s ends on %(date)s: prepare the "
                    "recognition vote",
                    name=member.name,
                    date=member.probation_end_date.strftime("%d/%m/%Y"),
                ),
            )
            for member in members
            if member.probation_end_date
            <= today + timedelta(days=delays[member.company_id.id])
            and member.recognition_vote_deadline >= today
        ]

    def _remind_recognition_overdue(self, today, delays):
        """No vote 30 working days after the end of probation, the company's
        holidays counted (Quy định 294-QĐ/TW, point 4.2); a case escalated to
        the committee above waits for that committee."""
        members = self._probationers(
            delays, [("probation_end_date", "<", today - timedelta(days=30))]
        )
        return [
            (
                member,
                member.organization_id,
                member.recognition_vote_deadline,
                _lt(
                    "Recognition vote overdue: probation ended on %(date)s",
                    date=member.probation_end_date.strftime("%d/%m/%Y"),
                ),
            )
            for member in members
            if member.recognition_vote_deadline < today
        ]

    def _remind_transfer_overdue(self, today, delays):
        """A draft transfer past its transfer or referral deadline (Quy định
        294-QĐ/TW: 60 and 30 working days)."""
        transfers = self.env["party.transfer"].search(
            [
                ("company_id", "in", list(delays)),
                ("state", "=", "draft"),
                "|",
                ("transfer_deadline", "<", today),
                ("referral_deadline", "<", today),
            ]
        )
        return [
            (
                transfer,
                transfer.from_organization_id
                if transfer.direction == "out"
                else transfer.to_organization_id,
                min(
                    d
                    for d in (transfer.transfer_deadline, transfer.referral_deadline)
                    if d and d < today
                ),
                _lt("Transfer overdue: %(name)s", name=transfer.display_name),
            )
            for transfer in transfers
        ]
