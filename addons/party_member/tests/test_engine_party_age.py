# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import party_age
from ..engine.party_age import (
    PartyAge,
    add_months,
    anniversary_date,
    compute_party_age,
    full_months_between,
    gaps,
    is_member_on,
    membership_periods,
)

ADMITTED = date(1995, 5, 10)


class TestCalendarArithmetic(EngineCase):
    def test_doctests(self):
        """The examples in the party age engine's docstrings hold."""
        self.assertDoctests(party_age)

    def test_add_months_clips_to_month_end(self):
        """31 January plus one month is the last day of February (BLDS Điều 148)."""
        self.assertEqual(add_months(date(2025, 1, 31), 1), date(2025, 2, 28))
        self.assertEqual(add_months(date(2024, 1, 31), 1), date(2024, 2, 29))
        self.assertEqual(add_months(date(2025, 3, 31), -1), date(2025, 2, 28))
        self.assertEqual(add_months(date(2025, 11, 15), 3), date(2026, 2, 15))

    def test_leap_day_anniversary_in_non_leap_year(self):
        """29 February plus 30 years is 28 February of a non-leap year."""
        self.assertEqual(add_months(date(2000, 2, 29), 360), date(2030, 2, 28))
        self.assertEqual(full_months_between(date(2000, 2, 29), date(2030, 2, 28)), 360)
        self.assertEqual(full_months_between(date(2000, 2, 29), date(2030, 2, 27)), 359)

    def test_full_months_agree_with_relativedelta(self):
        """Whole months between two dates match dateutil.relativedelta."""
        rng = random.Random(18)
        for _i in range(3000):
            start = date(1950, 1, 1) + timedelta(days=rng.randrange(30000))
            end = start + timedelta(days=rng.randrange(30000))
            delta = relativedelta(end, start)
            self.assertEqual(
                full_months_between(start, end), delta.years * 12 + delta.months
            )
            months = rng.randrange(-600, 600)
            self.assertEqual(
                add_months(start, months), start + relativedelta(months=months)
            )


class TestPartyAge(EngineCase):
    def test_no_events_counts_from_admission_decision(self):
        """Party age counts from the admission decision date (Điều lệ Điều 5.4)."""
        age = compute_party_age(ADMITTED, (), date(2025, 5, 10))
        self.assertEqual(age, PartyAge((date(2025, 5, 10) - ADMITTED).days, 30, 0))
        age = compute_party_age(ADMITTED, (), date(2025, 5, 9))
        self.assertEqual((age.years, age.months), (29, 11))
        self.assertEqual(age.total_months, 359)

    def test_before_admission_is_zero(self):
        """Party age is zero before the admission decision."""
        self.assertEqual(
            compute_party_age(ADMITTED, (), date(1990, 1, 1)), PartyAge(0, 0, 0)
        )

    def test_removal_gap_until_readmission_is_deducted(self):
        """The time between removal and readmission is not party age."""
        events = [("removal", date(2000, 1, 10)), ("readmission", date(2004, 1, 10))]
        age = compute_party_age(ADMITTED, events, date(2025, 5, 10))
        full = compute_party_age(ADMITTED, (), date(2025, 5, 10))
        gap_days = (date(2004, 1, 10) - date(2000, 1, 10)).days
        self.assertEqual(age.days, full.days - gap_days)
        self.assertEqual((age.years, age.months), (26, 0))
        self.assertEqual(
            gaps(ADMITTED, events), ((date(2000, 1, 10), date(2004, 1, 10)),)
        )

    def test_readmitted_member_counts_from_first_admission(self):
        """A readmitted member counts from the first admission event."""
        events = [
            ("admission", date(1990, 3, 1)),
            ("leave", date(1995, 3, 1)),
            ("admission", date(1999, 3, 1)),
        ]
        # The caller passes the readmission decision date; the first one wins.
        age = compute_party_age(date(1999, 3, 1), events, date(2020, 3, 1))
        self.assertEqual((age.years, age.months), (26, 0))
        self.assertEqual(
            membership_periods(date(1999, 3, 1), events),
            ((date(1990, 3, 1), date(1995, 3, 1)), (date(1999, 3, 1), None)),
        )

    def test_transfer_to_another_committee_is_not_a_gap(self):
        """Time in another committee after an official transfer is party age (294-QĐ/TW)."""
        events = [("transfer_out", date(2010, 6, 1)), ("transfer_in", date(2010, 9, 1))]
        self.assertEqual(gaps(ADMITTED, events), ())
        age = compute_party_age(ADMITTED, events, date(2025, 5, 10))
        self.assertEqual((age.years, age.months), (30, 0))

    def test_temporary_transfer_and_exemption_are_not_gaps(self):
        """Temporary transfers and exemption keep counting party age."""
        events = [
            ("temporary_transfer_out", date(2001, 1, 1)),
            ("temporary_return", date(2001, 9, 1)),
            ("exemption", date(2020, 1, 1)),
        ]
        self.assertEqual(gaps(ADMITTED, events), ())
        age = compute_party_age(ADMITTED, events, date(2025, 5, 10))
        self.assertEqual((age.years, age.months), (30, 0))

    def test_member_still_out_stops_at_exit(self):
        """A member out without return stops counting at the exit date."""
        events = [("removal", date(2015, 5, 10))]
        age = compute_party_age(ADMITTED, events, date(2025, 5, 10))
        self.assertEqual((age.years, age.months), (20, 0))
        self.assertEqual(gaps(ADMITTED, events), ())
        self.assertFalse(
            is_member_on(membership_periods(ADMITTED, events), date(2015, 5, 10))
        )

    def test_death_stops_party_age(self):
        """Death ends party age; later events are ignored."""
        events = [("death", date(2020, 5, 10)), ("readmission", date(2021, 1, 1))]
        age = compute_party_age(ADMITTED, events, date(2025, 5, 10))
        self.assertEqual((age.years, age.months), (25, 0))

    def test_events_after_as_of_are_ignored(self):
        """A return dated after as_of does not count yet: the member is out."""
        events = [("expulsion", date(2010, 5, 10)), ("readmission", date(2030, 1, 1))]
        age = compute_party_age(ADMITTED, events, date(2020, 5, 10))
        self.assertEqual((age.years, age.months), (15, 0))

    def test_unknown_event_type_is_rejected(self):
        """A misspelt event type raises instead of being silently ignored."""
        with self.assertRaises(KeyError):
            compute_party_age(
                ADMITTED, [("removed", date(2000, 1, 1))], date(2025, 1, 1)
            )


class TestAnniversary(EngineCase):
    def test_anniversary_without_gaps(self):
        """The N-year anniversary is the calendar anniversary of admission."""
        self.assertEqual(anniversary_date(ADMITTED, (), 30), date(2025, 5, 10))

    def test_anniversary_moves_by_gap_days(self):
        """Each gap moves the anniversary later by its number of days."""
        events = [("removal", date(2000, 1, 10)), ("readmission", date(2000, 3, 10))]
        gap_days = (date(2000, 3, 10) - date(2000, 1, 10)).days
        self.assertEqual(
            anniversary_date(ADMITTED, events, 30),
            date(2025, 5, 10) + timedelta(days=gap_days),
        )

    def test_anniversary_matches_party_age(self):
        """On the anniversary the party age is exactly N years, the day before it is not."""
        events = [
            ("transfer_out", date(2003, 7, 31)),
            ("transfer_in", date(2004, 2, 29)),
        ]
        day = anniversary_date(date(1996, 2, 29), events, 30)
        self.assertEqual(compute_party_age(date(1996, 2, 29), events, day).years, 30)
        before = compute_party_age(date(1996, 2, 29), events, day - timedelta(days=1))
        self.assertEqual(before.years, 29)

    def test_leap_day_admission_anniversary(self):
        """Admitted 29/02: the anniversary in a non-leap year is 28/02."""
        self.assertEqual(anniversary_date(date(1996, 2, 29), (), 30), date(2026, 2, 28))

    def test_no_anniversary_after_exit(self):
        """A member who left before the anniversary never reaches it."""
        events = [("leave", date(2024, 1, 1))]
        self.assertIsNone(anniversary_date(ADMITTED, events, 30))
        self.assertEqual(anniversary_date(ADMITTED, events, 20), date(2015, 5, 10))
