# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestStatistics(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.a = cls._official(
            "Nguyễn Thị A", cls.cell_1, sex="female", birth_date=date(1990, 5, 1)
        )
        cls.b = cls._official(
            "Trần Văn B", cls.cell_1, sex="male", birth_date=date(1960, 1, 1)
        )
        cls.c = cls._member(
            "Lê Văn C", cls.cell_2, date(2024, 3, 2), birth_date=date(2000, 1, 1)
        )
        cls.b._add_event("removal", date(2025, 6, 1))

    def _stats(self, day, groupby, domain=(), companies=None):
        Stats = self.env["party.member.statistics"].with_context(statistics_date=day)
        if companies:
            Stats = Stats.with_context(allowed_company_ids=companies.ids)
        return Stats._read_group(
            [("company_id", "=", self.company.id), *domain],
            groupby,
            [
                "member_count:sum",
                "female_count:sum",
                "admission_count:sum",
                "exit_count:sum",
                "probationary_count:sum",
            ],
        )

    def test_as_of_date(self):
        """Counts replay the history up to the date: members, women,
        probationary, admissions and exits of the year."""
        (row_2024,) = self._stats(date(2024, 12, 31), [])
        self.assertEqual(row_2024, (3, 1, 1, 0, 1))
        (row_2025,) = self._stats(date(2025, 12, 31), [])
        self.assertEqual(row_2025, (2, 1, 0, 1, 1))
        (row_2023,) = self._stats(date(2023, 12, 31), [])
        self.assertEqual(row_2023[0], 2)

    def test_read_for_the_selected_companies(self):
        """The view reads the timeline of the companies the rows are read
        for (those the company rule lets through): the same counts for this
        company, none of its members when another one is selected."""
        day = date(2025, 12, 31)
        (whole,) = self._stats(day, [])
        (row,) = self._stats(day, [], companies=self.company)
        self.assertEqual(row, whole)
        other = self.env["res.company"].create({"name": "Công ty khác"})
        self.assertEqual(self._stats(day, [], companies=other), [(0, 0, 0, 0, 0)])

    def test_age_bands(self):
        """Age bands are computed at the statistics date."""
        rows = dict(
            (band, count)
            for band, count, *_rest in self._stats(date(2024, 12, 31), ["age_band"])
        )
        self.assertEqual(rows, {"18_30": 1, "31_40": 1, "61_70": 1})

    def test_age_bands_on_a_birthday(self):
        """A member is in the next band from the birthday on which they
        reach its age (31 on the day: 31–40; 31 the next day: 18–30). In
        whole years of the dates, one born on 29 February has a year more
        on 1 March of a common year."""
        self.a.birth_date = date(1993, 12, 31)  # 31 on 31/12/2024
        self.c.birth_date = date(1994, 1, 1)  # 31 the next day
        self.b.birth_date = date(1964, 2, 29)  # 61 on 01/03/2025
        bands = {
            day: {
                band: count
                for band, count, *_rest in self._stats(day, ["age_band"])
                if count
            }
            for day in (date(2024, 12, 31), date(2025, 2, 28), date(2025, 3, 1))
        }
        self.assertEqual(
            bands[date(2024, 12, 31)], {"31_40": 1, "18_30": 1, "51_60": 1}
        )
        self.assertEqual(bands[date(2025, 2, 28)], {"31_40": 2, "51_60": 1})
        self.assertEqual(bands[date(2025, 3, 1)], {"31_40": 2, "61_70": 1})
