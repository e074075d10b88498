# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestFeeReminder(PartyMemberCase):
    """The fee reminder rule of party_fee, run by the one engine of party_org."""

    def _activities(self, rule, records):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", rule),
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
            ]
        )

    def test_rule_registered(self):
        """The rule is offered in the reminder settings, without a delay."""
        self.assertIn("unpaid_fees", self.env["party.reminder"]._get_reminder_rules())
        Rule = self.env["party.reminder.rule"]
        Rule._ensure_rows(self.company)
        row = Rule.search(
            [("rule", "=", "unpaid_fees"), ("company_id", "=", self.company.id)]
        )
        self.assertEqual(len(row), 1)
        self.assertFalse(row.has_delay)

    def test_unpaid_fees_closed_when_paid(self):
        """Reads the stored flag of the fee job; closes once it is cleared."""
        self._secretary_on_sub_committee()
        member = self._official("Nợ Đảng Phí", self.cell_2)
        member.sudo().write({"fee_flagged": True, "fee_unpaid_months": 3})
        Reminder = self.env["party.reminder"]
        Reminder._run(date(2026, 5, 4), ["unpaid_fees"])
        Reminder._run(date(2026, 5, 4), ["unpaid_fees"])
        self.assertEqual(len(self._activities("unpaid_fees", member)), 1)
        member.sudo().write({"fee_flagged": False, "fee_unpaid_months": 0})
        Reminder._run(date(2026, 5, 5), ["unpaid_fees"])
        self.assertFalse(self._activities("unpaid_fees", member))
