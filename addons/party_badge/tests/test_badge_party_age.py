# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Badges and party age (issue #10): only time out of the Party is deducted."""

from datetime import date

from odoo.tests import BaseCase, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase

from ..engine.badge import eligible_milestone

OUT_AND_BACK = [("transfer_out", date(2010, 1, 1)), ("transfer_in", date(2015, 1, 1))]


@tagged("post_install", "-at_install")
class TestBadgePartyAgeEngine(BaseCase):
    def test_badge_after_transfer_round_trip(self):
        """A transfer round trip does not delay the 30-year badge (HD 01-HD/TW, 294-QĐ/TW)."""
        self.assertEqual(
            eligible_milestone(date(1995, 3, 1), OUT_AND_BACK, date(2025, 5, 19)), 30
        )


@tagged("post_install", "-at_install")
class TestBadgePartyAgeModel(PartyMemberCase):
    def _away(self, member, out_type, out_day, back_type, back_day):
        member._add_event(out_type, out_day, to_external="Đảng bộ Tổng công ty X")
        member._add_event(back_type, back_day, from_external="Đảng bộ Tổng công ty X")

    def test_qa_badge_case_transfer_away(self):
        """QA: admitted 20/01/1987, in another committee 2000-2002: 40 y and the
        40-year badge on 03/02/2027 (294-QĐ/TW: only time out of the Party is deducted)."""
        member = self._official("HUY HIỆU B QA", admitted=date(1987, 1, 20))
        self._away(
            member, "transfer_out", date(2000, 6, 1), "transfer_in", date(2002, 6, 1)
        )
        on = member.with_context(party_age_date=date(2027, 2, 3))
        self.assertEqual((on.party_age_years, on.party_age_months), (40, 0))
        eligible = {
            mid: milestone
            for mid, _org, milestone in self.env["party.badge.award"]._get_eligible(
                date(2027, 2, 3)
            )
        }
        self.assertEqual(eligible.get(member.id), 40)
