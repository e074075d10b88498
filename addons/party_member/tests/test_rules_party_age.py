# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party age (issue #10): only time out of the Party is deducted."""

from datetime import date, timedelta

from odoo.tests import BaseCase, tagged

from ..engine.party_age import (
    LOST_CONTACT,
    compute_party_age,
    gaps,
    unregistered_event,
)
from .common import PartyMemberCase

OUT_AND_BACK = [("transfer_out", date(2010, 1, 1)), ("transfer_in", date(2015, 1, 1))]


@tagged("post_install", "-at_install")
class TestPartyAgeRulesEngine(BaseCase):
    def test_time_in_another_committee_counts(self):
        """Time in another committee after an official transfer is party age (294-QĐ/TW)."""
        age = compute_party_age(date(2000, 1, 1), OUT_AND_BACK, date(2025, 1, 1))
        self.assertEqual((age.years, age.months), (25, 0))
        self.assertEqual(gaps(date(2000, 1, 1), OUT_AND_BACK), ())

    def test_time_out_of_the_party_is_deducted(self):
        """Removal until readmission is still deducted (294-QĐ/TW, Điều lệ Điều 5.4)."""
        events = [("removal", date(2010, 1, 1)), ("readmission", date(2015, 1, 1))]
        age = compute_party_age(date(2000, 1, 1), events, date(2025, 1, 1))
        self.assertEqual((age.years, age.months), (20, 0))

    def test_lost_contact_is_an_exit(self):
        """Lost contact is time out of the Party until the return (294-QĐ/TW)."""
        events = [(LOST_CONTACT, date(2010, 1, 1)), ("readmission", date(2012, 1, 1))]
        age = compute_party_age(date(2000, 1, 1), events, date(2025, 1, 1))
        self.assertEqual((age.years, age.months), (23, 0))

    def test_unregistered_beyond_deadline_is_deducted(self):
        """Days registered nowhere after the referral deadline are deducted (HD 12-HD/BTCTW)."""
        self.assertIsNone(unregistered_event(date(2014, 12, 1), date(2014, 12, 1)))
        late = unregistered_event(date(2014, 12, 1), date(2015, 1, 1))
        self.assertEqual(late, ("unregistered", date(2014, 12, 2)))
        events = [*OUT_AND_BACK, late]
        age = compute_party_age(date(2000, 1, 1), events, date(2025, 1, 1))
        full = (date(2025, 1, 1) - date(2000, 1, 1)).days
        self.assertEqual(age.days, full - 30)
        self.assertEqual((age.years, age.months), (24, 11))


@tagged("post_install", "-at_install")
class TestPartyAgeRulesModel(PartyMemberCase):
    def _away(self, member, out_type, out_day, back_type, back_day):
        member._add_event(out_type, out_day, to_external="Đảng bộ Tổng công ty X")
        member._add_event(back_type, back_day, from_external="Đảng bộ Tổng công ty X")

    def test_qa_badge_case_out_of_party(self):
        """The same two years out of the Party (removed, readmitted) are deducted
        (294-QĐ/TW 3.5; Điều lệ Điều 5.4)."""
        member = self._official("HUY HIỆU C QA", admitted=date(1987, 1, 20))
        self._away(member, "removal", date(2000, 6, 1), "readmission", date(2002, 6, 1))
        on = member.with_context(party_age_date=date(2027, 2, 3))
        self.assertEqual((on.party_age_years, on.party_age_months), (38, 0))

    def test_late_registration_is_deducted(self):
        """A referral presented after its deadline: the days beyond it are not
        party age (Hướng dẫn 12-HD/BTCTW; 294-QĐ/TW)."""
        member = self._official("ĐẾN MUỘN", admitted=date(2000, 1, 1))
        self._away(
            member, "transfer_out", date(2014, 6, 1), "transfer_in", date(2015, 6, 1)
        )
        transfer = (
            self.env["party.transfer"]
            .sudo()
            .create(
                {
                    "kind": "official",
                    "direction": "in",
                    "state": "done",
                    "company_id": self.company.id,
                    "member_id": member.id,
                    "from_external": "Đảng bộ Tổng công ty X",
                    "to_organization_id": self.cell_1.id,
                    "referral_date": date(2014, 12, 1),
                    "transfer_date": date(2015, 6, 1),
                }
            )
        )
        deadline = transfer.referral_deadline
        self.assertTrue(deadline and deadline < date(2015, 6, 1))
        lost = (date(2015, 6, 1) - (deadline + timedelta(days=1))).days
        on = member.with_context(party_age_date=date(2025, 1, 1))
        full = (date(2025, 1, 1) - date(2000, 1, 1)).days
        self.assertEqual(on.party_age_days, full - lost)
        self.assertLess(on.party_age_years, 25)
