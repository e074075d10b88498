# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Cards refused for the right reason (QA members #31, Hướng dẫn 12-HD/BTCTW)."""

from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common_cards import PartyCardCase


@tagged("post_install", "-at_install")
class TestCardQa(PartyCardCase):
    def test_qa31_removed_or_left_member_reason(self):
        """QA #31: removed or left: refused as no longer a member, not as not yet official."""
        for exit_type in ("removal", "leave", "lost_contact"):
            with self.subTest(exit_type=exit_type):
                member = self._official(f"RA ĐẢNG {exit_type}")
                member._add_event(exit_type, date(2020, 1, 1))
                with self.assertRaises(ValidationError) as caught:
                    self._card(member)
                message = str(caught.exception)
                self.assertIn("no longer a party member", message)
                self.assertNotIn("not an official member", message)

    def test_probationary_reason_unchanged(self):
        """A probationary member is still refused as not (yet) official."""
        member = self._member("DỰ BỊ THẺ", admitted=date(2025, 6, 1))
        with self.assertRaisesText(ValidationError, "not an official member"):
            self._card(member)

    def test_qa31_issue_date_before_official_refused(self):
        """QA #31: a card dated 01/01/1990 for a member official in 2016 is refused."""
        member = self._official("THẺ NGƯỢC NGÀY")  # official 02/03/2016
        with self.assertRaisesText(ValidationError, "01/01/1990.*02/03/2016"):
            self._card(member, issue_date=date(1990, 1, 1))
        self.assertTrue(self._card(member, issue_date=date(2016, 3, 2)))
