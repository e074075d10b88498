# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random
from datetime import date, timedelta

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine.lifecycle import (
    PROBLEM_END_BEFORE_START,
    PROBLEM_TOO_LONG,
    PROBLEM_TOO_SHORT,
    add_working_days,
    count_working_days,
    probation_end,
    recognition_date,
    recognition_vote_deadline,
    referral_deadline,
    temporary_transfer_allowed,
    transfer_deadline,
)

# Reunification and Labour Day 2026 (Thursday, Friday), Tết 2026 (Mon-Fri)
HOLIDAYS_MAY = (date(2026, 4, 30), date(2026, 5, 1))
HOLIDAYS_TET = tuple(date(2026, 2, 16) + timedelta(days=i) for i in range(5))


def _reference_add_working_days(start, n, holidays):
    """Day-by-day reference implementation, for comparison only."""
    day = start
    while n:
        day += timedelta(days=1)
        if day.weekday() < 5 and day not in holidays:
            n -= 1
    return day


class TestProbation(EngineCase):
    def test_recognition_date_is_end_of_12_months(self):
        """Recognition is dated the day the 12 months of probation end (HD 12-HD/BTCTW)."""
        self.assertEqual(probation_end(date(2025, 3, 15)), date(2026, 3, 15))
        self.assertEqual(recognition_date(date(2025, 3, 15)), date(2026, 3, 15))

    def test_recognition_date_of_leap_day_ceremony(self):
        """A ceremony on 29/02 ends probation on 28/02 of the next year."""
        self.assertEqual(recognition_date(date(2024, 2, 29)), date(2025, 2, 28))

    def test_recognition_vote_deadline_30_working_days(self):
        """The branch votes within 30 working days after probation ends."""
        # Sunday 15/03/2026: six working weeks later is Friday 24/04/2026.
        self.assertEqual(
            recognition_vote_deadline(date(2026, 3, 15)), date(2026, 4, 24)
        )
        self.assertEqual(
            recognition_vote_deadline(date(2026, 3, 19)), date(2026, 4, 30)
        )
        self.assertEqual(
            recognition_vote_deadline(date(2026, 3, 19), holidays=HOLIDAYS_MAY),
            date(2026, 5, 4),
        )


class TestWorkingDays(EngineCase):
    def test_weekend_is_skipped(self):
        """One working day after a Friday is the Monday."""
        self.assertEqual(add_working_days(date(2026, 4, 24), 1), date(2026, 4, 27))
        self.assertEqual(add_working_days(date(2026, 4, 25), 1), date(2026, 4, 27))
        self.assertEqual(add_working_days(date(2026, 4, 26), 5), date(2026, 5, 1))

    def test_holidays_are_skipped(self):
        """Public holidays on weekdays are not working days."""
        self.assertEqual(add_working_days(date(2026, 4, 24), 5), date(2026, 5, 1))
        self.assertEqual(
            add_working_days(date(2026, 4, 24), 5, HOLIDAYS_MAY), date(2026, 5, 5)
        )
        # The same holidays given as a list or a set give the same result.
        self.assertEqual(
            add_working_days(date(2026, 4, 24), 5, list(HOLIDAYS_MAY)), date(2026, 5, 5)
        )

    def test_weekend_holiday_changes_nothing(self):
        """A holiday on a Saturday does not move the deadline."""
        self.assertEqual(
            add_working_days(date(2026, 4, 24), 1, (date(2026, 4, 25),)),
            date(2026, 4, 27),
        )

    def test_zero_and_negative(self):
        """Zero working days is the start date; negative counts are refused."""
        self.assertEqual(add_working_days(date(2026, 4, 25), 0), date(2026, 4, 25))
        with self.assertRaises(ValueError):
            add_working_days(date(2026, 4, 25), -1)

    def test_matches_day_by_day_count(self):
        """The fast computation equals a day-by-day count, holidays included."""
        rng = random.Random(30)
        holidays = frozenset(
            HOLIDAYS_MAY + HOLIDAYS_TET + (date(2026, 9, 2), date(2027, 1, 1))
        )
        for _i in range(2000):
            start = date(2025, 11, 1) + timedelta(days=rng.randrange(400))
            n = rng.randrange(0, 80)
            expected = _reference_add_working_days(start, n, holidays)
            self.assertEqual(add_working_days(start, n, holidays), expected, (start, n))
            self.assertEqual(
                count_working_days(start, expected, holidays), n, (start, n)
            )

    def test_transfer_deadline_over_tet(self):
        """The 60-working-day transfer deadline skips Tết and 30/4-1/5."""
        self.assertEqual(transfer_deadline(date(2026, 2, 2)), date(2026, 4, 27))
        self.assertEqual(
            transfer_deadline(date(2026, 2, 2), holidays=HOLIDAYS_TET + HOLIDAYS_MAY),
            date(2026, 5, 6),
        )

    def test_referral_deadline_in_working_days(self):
        """The referral is presented within 30 working days (Quy định
        294-QĐ/TW, 6.3.1.c)."""
        self.assertEqual(referral_deadline(date(2026, 1, 10)), date(2026, 2, 20))
        self.assertEqual(
            referral_deadline(date(2026, 1, 10), holidays=HOLIDAYS_TET),
            date(2026, 2, 27),
        )


class TestTemporaryTransfer(EngineCase):
    def test_three_months_to_under_one_year(self):
        """A temporary transfer lasts from 3 months to under 1 year."""
        start = date(2026, 1, 15)
        self.assertEqual(
            temporary_transfer_allowed(start, date(2026, 4, 14)),
            (False, PROBLEM_TOO_SHORT),
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2026, 4, 15)), (True, None)
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2027, 1, 14)), (True, None)
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2027, 1, 15)),
            (False, PROBLEM_TOO_LONG),
        )

    def test_study_up_to_two_years(self):
        """For study a temporary transfer may last up to 2 years."""
        start = date(2026, 1, 15)
        self.assertEqual(
            temporary_transfer_allowed(start, date(2027, 1, 15), for_study=True),
            (True, None),
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2028, 1, 15), for_study=True),
            (True, None),
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2028, 1, 16), for_study=True),
            (False, PROBLEM_TOO_LONG),
        )
        self.assertEqual(
            temporary_transfer_allowed(start, date(2026, 3, 1), for_study=True),
            (False, PROBLEM_TOO_SHORT),
        )

    def test_end_before_start(self):
        """An end date before the start is refused."""
        self.assertEqual(
            temporary_transfer_allowed(date(2026, 5, 1), date(2026, 4, 1)),
            (False, PROBLEM_END_BEFORE_START),
        )
