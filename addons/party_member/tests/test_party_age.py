# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestPartyAge(PartyMemberCase):
    def _age_on(self, members, on):
        return members.with_context(party_age_date=on)

    def test_party_age_counts_from_decision(self):
        """Party age counts from the admission decision date (Điều lệ Đảng, Điều 5.4)."""
        member = self._official("Tuổi đảng", admitted=date(2000, 3, 2))
        member = self._age_on(member, date(2025, 9, 2))
        self.assertEqual((member.party_age_years, member.party_age_months), (25, 6))
        self.assertEqual(member.party_age, 25.5)
        self.assertIn("25", member.party_age_display)

    def test_gaps_and_readmission(self):
        """The removed period is deducted and a readmitted member counts from
        the first admission; a member still out stops at the exit."""
        member = self._official("Kết nạp lại", admitted=date(2000, 1, 1))
        member._add_event("removal", date(2010, 1, 1))
        out = self._age_on(member, date(2012, 1, 1))
        self.assertEqual((out.party_age_years, out.party_age_months), (10, 0))
        member._add_event("readmission", date(2014, 1, 1))
        back = self._age_on(member, date(2020, 1, 1))
        # 10 years, then 6 years after the 4-year gap
        self.assertEqual((back.party_age_years, back.party_age_months), (16, 0))

    def test_party_age_context_date(self):
        """The measurement date comes from the context and is recomputed."""
        member = self._official("Ngày đo", admitted=date(2010, 1, 1))
        self.assertEqual(self._age_on(member, date(2015, 1, 1)).party_age_years, 5)
        self.assertEqual(self._age_on(member, date(2020, 1, 1)).party_age_years, 10)

    def test_party_age_batch_constant_queries(self):
        """Party age for 10 or 50 members costs the same number of queries."""
        members = self.Member
        for i in range(50):
            member = self._official(
                f"Đảng viên {i}", admitted=date(2000 + i % 20, 1, 1)
            )
            if i % 5 == 0:
                member._add_event("leave", date(2021, 1, 1))
                member._add_event("readmission", date(2024, 6, 1))
            members |= member
        counts = []
        for batch in (members[:10], members):
            batch = self.Member.browse(batch.ids).with_context(
                party_age_date=date(2025, 1, 1)
            )
            batch.invalidate_model()
            start = self.cr.sql_log_count
            batch.mapped("party_age")
            counts.append(self.cr.sql_log_count - start)
        self.assertEqual(counts[0], counts[1])
        self.assertLessEqual(counts[1], 3)
        # events, late registrations (transfers), members
        with self.assertQueryCount(3):
            fresh = self.Member.browse(members.ids).with_context(
                party_age_date=date(2025, 1, 2)
            )
            fresh.invalidate_model()
            fresh.mapped("party_age_years")
        # events, late registrations (transfers), members
        with self.assertQueryCount(3):
            ages = self.Member.browse(members.ids)._get_party_ages(date(2025, 1, 1))
        self.assertEqual(len(ages), 50)
        readmitted = members[0].with_context(party_age_date=date(2025, 1, 1))
        # 2000-01-01 .. 2021-01-01 (21 y) + 2024-06-01 .. 2025-01-01 (7 m)
        self.assertEqual(
            (readmitted.party_age_years, readmitted.party_age_months), (21, 7)
        )
