# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.tests import BaseCase, tagged

from ..tools import working_days
from .common import PartyOrgCase

VN = "Asia/Ho_Chi_Minh"
# Reunification Day and Labour Day 2026: Thursday and Friday.
MAY_HOLIDAYS = (date(2026, 4, 30), date(2026, 5, 1))


@tagged("post_install", "-at_install")
class TestWorkingDaysTools(BaseCase):
    def test_local_days_of_a_vietnamese_holiday(self):
        """A holiday entered from 00:00 to 23:59 Vietnam time covers its own
        days only, not the UTC day before (working days, Quy định 294-QĐ/TW)."""
        start, end = working_days.utc_bounds(date(2026, 4, 30), date(2026, 5, 1), VN)
        self.assertEqual(start, datetime(2026, 4, 29, 17, 0))
        self.assertEqual(working_days.local_days(start, end, VN), list(MAY_HOLIDAYS))
        # Read in UTC (the old defect), Wednesday 29/04 is a holiday too.
        self.assertIn(date(2026, 4, 29), working_days.local_days(start, end, "UTC"))

    def test_local_days_end_at_midnight_is_exclusive(self):
        """A leave ending at local midnight does not take the next day."""
        days = working_days.local_days(
            datetime(2026, 4, 29, 17, 0), datetime(2026, 5, 1, 17, 0), VN
        )
        self.assertEqual(days, list(MAY_HOLIDAYS))


@tagged("post_install", "-at_install")
class TestCompanyWorkingDays(PartyOrgCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.calendar = cls.company.resource_calendar_id
        cls.calendar.tz = VN

    def _holiday(self, day_from, day_to, **vals):
        """A public holiday as a Vietnamese user enters it (00:00 to 23:59)."""
        start, end = working_days.utc_bounds(day_from, day_to, VN)
        return self.env["resource.calendar.leaves"].create(
            {"name": "Nghỉ lễ", "date_from": start, "date_to": end, **vals}
        )

    def test_holidays_read_in_company_time_zone(self):
        """Company holidays are read in the company's time zone, so the day
        before a holiday stays a working day (Quy định 294-QĐ/TW deadlines)."""
        self._holiday(*MAY_HOLIDAYS, calendar_id=self.calendar.id)
        holidays = self.company._party_holidays()
        self.assertEqual(holidays[self.company.id], MAY_HOLIDAYS)
        # 60 working days from Monday 02/03/2026: 25/05 without holidays,
        # 27/05 with 30/04 and 01/05 (28/05 when 29/04 was read as a holiday).
        self.assertEqual(
            self.company._party_add_working_days(date(2026, 3, 2), 60),
            date(2026, 5, 27),
        )
        self.assertEqual(
            self.company._party_count_working_days(date(2026, 3, 2), date(2026, 5, 27)),
            60,
        )

    def test_holidays_per_company(self):
        """A holiday of a company's calendar counts for that company only."""
        self._holiday(date(2026, 9, 2), date(2026, 9, 2), calendar_id=self.calendar.id)
        holidays = (self.company | self.other_company)._party_holidays()
        self.assertEqual(holidays[self.company.id], (date(2026, 9, 2),))
        self.assertEqual(holidays[self.other_company.id], ())
