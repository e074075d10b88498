# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestBadgeReminder(PartyMemberCase):
    """The badge rule of the one reminder engine of party_org."""

    def _activities(self, rule, records):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", rule),
                ("res_model", "=", records._name),
                ("res_id", "in", records.ids),
            ]
        )

    def test_badge_due(self):
        """A member reaching 30 years of party age at the next occasion."""
        member = self._official("Huy Hiệu", self.cell_2, admitted=date(1996, 5, 2))
        # next occasion: 19/05/2026
        self.env["party.reminder"]._run(date(2026, 5, 4), ["badge_due"])
        self.assertTrue(self._activities("badge_due", member))

    def test_badge_rule_registered(self):
        """The badge rule is a setting of party.reminder.rule, on by default."""
        self.assertIn("badge_due", self.env["party.reminder"]._get_reminder_rules())
        labels = dict(
            self.env["party.reminder.rule"]
            ._fields["rule"]
            ._description_selection(self.env)
        )
        self.assertIn("badge_due", labels)
