# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_org.tools.working_days import utc_bounds

from ..engine import lifecycle
from .lifecycle_common import PartyLifecycleCase

VN = "Asia/Ho_Chi_Minh"


@tagged("post_install", "-at_install")
class TestRulesTransfer(PartyLifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.resource_calendar_id.tz = VN

    def _transfer(self, **vals):
        return self.env["party.transfer"].create(
            {"company_id": self.company.id, **vals}
        )

    def _vn_holiday(self, day_from, day_to):
        """A holiday entered by a Vietnamese user: 00:00 to 23:59 local time."""
        start, end = utc_bounds(day_from, day_to, VN)
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Giải phóng miền Nam, Quốc tế Lao động",
                "calendar_id": self.company.resource_calendar_id.id,
                "date_from": start,
                "date_to": end,
            }
        )

    def test_holidays_in_company_time_zone(self):
        """Holidays entered from 00:00 Vietnam time do not block the day
        before: deadlines in working days (Quy định 294-QĐ/TW) move by the
        holidays only."""
        self._vn_holiday(date(2026, 4, 30), date(2026, 5, 1))
        transfer = self._transfer(
            member_id=self.officials[0].id,
            job_change_date=date(2026, 3, 2),
            referral_date=date(2026, 4, 20),
        )
        # Read in UTC, Wednesday 29/04 was a holiday too: 28/05 and 04/06.
        self.assertEqual(transfer.transfer_deadline, date(2026, 5, 27))
        self.assertEqual(transfer.referral_deadline, date(2026, 6, 3))
        # The recognition vote deadline uses the same service.
        member = self._member("Dự bị 2025", self.cell_2, admitted=date(2025, 4, 20))
        self.assertEqual(member.probation_end_date, date(2026, 4, 20))
        self.assertEqual(member.recognition_vote_deadline, date(2026, 6, 3))

    def test_referral_due_in_30_working_days(self):
        """The referral is presented within 30 working days, "trong vòng 30
        ngày làm việc" (Quy định 294-QĐ/TW, 6.3.1.c; DOMAIN.md, Transfers)."""
        self._vn_holiday(date(2026, 2, 16), date(2026, 2, 20))  # Tết
        transfer = self._transfer(
            member_id=self.officials[0].id, referral_date=date(2026, 1, 5)
        )
        # 30 calendar days gave 04/02; 30 working days are 16/02, plus Tết.
        self.assertEqual(transfer.referral_deadline, date(2026, 2, 23))
        self.assertEqual(
            lifecycle.referral_deadline(date(2026, 1, 5)), date(2026, 2, 16)
        )

    def test_completed_late_is_recorded(self):
        """A transfer completed after its deadline is recorded as late and
        found by the filter (Quy định 294-QĐ/TW: 60 and 30 working days)."""
        late = self._transfer(
            member_id=self.officials[0].id,
            job_change_date=date(2026, 1, 2),
            to_external="Đảng ủy Tập đoàn X",
            transfer_date=date(2026, 3, 30),
        )
        on_time = self._transfer(
            member_id=self.officials[1].id,
            job_change_date=date(2026, 1, 2),
            to_external="Đảng ủy Tập đoàn X",
            transfer_date=date(2026, 3, 27),
        )
        late_referral = self._transfer(
            direction="in",
            member_name="Đỗ Văn Đến Muộn",
            member_admission_decision_date=date(2015, 2, 3),
            member_admission_date=date(2015, 2, 3),
            member_official_date=date(2016, 2, 3),
            from_external="Đảng bộ Công ty Y",
            to_organization_id=self.cell_1.id,
            referral_date=date(2026, 1, 5),
            transfer_date=date(2026, 3, 2),
        )
        self.assertEqual(late.transfer_deadline, date(2026, 3, 27))
        self.assertFalse(late.is_late)  # not done yet: overdue instead
        (late | on_time | late_referral).action_done()
        self.assertTrue(late.is_late)
        self.assertFalse(on_time.is_late)
        self.assertTrue(late_referral.is_late)
        found = self.env["party.transfer"].search([("is_late", "=", True)])
        self.assertIn(late, found)
        self.assertIn(late_referral, found)
        self.assertNotIn(on_time, found)
