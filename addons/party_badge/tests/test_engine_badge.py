# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import random
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from odoo.addons.party_member.engine.party_age import (
    anniversary_date,
    is_member_on,
    membership_periods,
)
from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine.badge import (
    DEFAULT_MILESTONES,
    BadgeCandidate,
    BadgeRules,
    discipline_hold_end,
    eligible_members,
    eligible_milestone,
    next_occasion,
    occasion_dates,
    previous_occasion,
)

MAY_19 = date(2026, 5, 19)
SEP_2 = date(2026, 9, 2)
HOLD_MONTHS = {"reprimand": 6, "warning": 9, "removal_from_post": 12}


def _reference_milestone(admitted, events, occasion, awarded, ill, disciplines):
    """Straightforward restatement of the rules, for comparison only."""
    if any(kind == "expulsion" for kind, _day in events):
        return None
    known = [event for event in events if event[1] <= occasion]
    if not is_member_on(membership_periods(admitted, known), occasion):
        return None
    for form, decided in disciplines:
        if decided <= occasion < decided + relativedelta(months=HOLD_MONTHS[form]):
            return None
    for milestone in sorted(DEFAULT_MILESTONES, reverse=True):
        if milestone <= max(awarded, default=0):
            return None
        anniversary = anniversary_date(admitted, known, milestone)
        if anniversary is None:
            continue
        early = (24 if milestone >= 70 else 12) if ill else 0
        if anniversary - relativedelta(months=early) <= occasion:
            return milestone
    return None


class TestOccasions(EngineCase):
    def test_default_occasions(self):
        """Badges are awarded on 3/2, 19/5, 2/9 and 7/11."""
        self.assertEqual(
            occasion_dates(2026),
            [date(2026, 2, 3), MAY_19, SEP_2, date(2026, 11, 7)],
        )

    def test_next_and_previous_occasion(self):
        """The next occasion is on or after a date, the previous one strictly before."""
        self.assertEqual(next_occasion(MAY_19), MAY_19)
        self.assertEqual(next_occasion(date(2026, 5, 20)), SEP_2)
        self.assertEqual(next_occasion(date(2026, 11, 8)), date(2027, 2, 3))
        self.assertEqual(previous_occasion(date(2026, 2, 3)), date(2025, 11, 7))
        self.assertEqual(
            next_occasion(date(2026, 1, 2), occasions=((1, 1), (7, 1))),
            date(2026, 7, 1),
        )


class TestMilestones(EngineCase):
    def test_exact_anniversary_day_counts(self):
        """A member reaching 30 years on the occasion day is proposed."""
        self.assertEqual(eligible_milestone(date(1996, 5, 19), (), MAY_19), 30)
        self.assertIsNone(eligible_milestone(date(1996, 5, 20), (), MAY_19))

    def test_reached_since_previous_occasion(self):
        """An anniversary between two occasions is proposed at the next one."""
        self.assertEqual(eligible_milestone(date(1996, 3, 1), (), MAY_19), 30)
        self.assertIsNone(eligible_milestone(date(1996, 3, 1), (), date(2026, 2, 3)))

    def test_awarded_milestone_is_not_proposed_again(self):
        """A milestone already awarded is not proposed again."""
        self.assertIsNone(
            eligible_milestone(date(1996, 3, 1), (), MAY_19, awarded_milestones=(30,))
        )

    def test_missed_milestones_catch_up_to_the_highest(self):
        """A member who missed milestones is proposed the highest one reached."""
        self.assertEqual(eligible_milestone(date(1981, 1, 1), (), date(2026, 2, 3)), 45)
        self.assertEqual(
            eligible_milestone(
                date(1981, 1, 1), (), date(2026, 2, 3), awarded_milestones=(30,)
            ),
            45,
        )

    def test_no_lower_badge_after_a_higher_one(self):
        """A member holding a higher badge is not proposed a lower one."""
        self.assertIsNone(
            eligible_milestone(
                date(1981, 1, 1), (), date(2026, 2, 3), awarded_milestones=(50,)
            )
        )

    def test_gap_delays_the_milestone(self):
        """A gap in membership moves the milestone later by its length."""
        events = [("removal", date(2000, 1, 1)), ("readmission", date(2000, 1, 31))]
        self.assertIsNone(eligible_milestone(date(1996, 5, 19), events, MAY_19))
        self.assertEqual(eligible_milestone(date(1996, 5, 19), events, SEP_2), 30)

    def test_readmitted_member_counts_from_first_admission(self):
        """A readmitted member's milestone counts from the first admission."""
        events = [
            ("admission", date(1990, 1, 1)),
            ("leave", date(1995, 1, 1)),
            ("admission", date(1999, 1, 1)),
        ]
        # 5 years + 27 years since readmission = 32 years of party age.
        self.assertEqual(
            eligible_milestone(date(1999, 1, 1), events, date(2026, 2, 3)), 30
        )

    def test_leap_day_admission(self):
        """Admitted 29/02: 30 years are reached on 28/02 of a non-leap year."""
        self.assertEqual(
            eligible_milestone(date(1996, 2, 29), (), date(2026, 2, 28)), 30
        )
        self.assertIsNone(eligible_milestone(date(1996, 2, 29), (), date(2026, 2, 27)))

    def test_member_out_or_deceased_is_not_proposed(self):
        """Members removed, expelled, left or deceased before the occasion are skipped."""
        for exit_type in ("removal", "expulsion", "leave", "death"):
            events = [(exit_type, date(2026, 5, 1))]
            self.assertIsNone(
                eligible_milestone(date(1990, 1, 1), events, MAY_19), exit_type
            )
        events = [
            ("temporary_transfer_out", date(2026, 5, 1)),
            ("exemption", date(2026, 5, 2)),
        ]
        self.assertEqual(eligible_milestone(date(1990, 1, 1), events, MAY_19), 30)

    def test_configurable_milestones(self):
        """Milestones are rules, not constants."""
        rules = BadgeRules(milestones=(25, 35))
        self.assertEqual(
            eligible_milestone(date(2000, 1, 1), (), MAY_19, rules=rules), 25
        )
        self.assertIsNone(eligible_milestone(date(2000, 1, 1), (), MAY_19))


class TestEarlyAward(EngineCase):
    def test_serious_illness_up_to_12_months_early(self):
        """Serious illness allows 30-65 year badges up to 12 months early."""
        admitted = date(1996, 9, 2)  # 30 years on 2/9/2026
        self.assertIsNone(eligible_milestone(admitted, (), date(2025, 9, 2)))
        self.assertEqual(
            eligible_milestone(admitted, (), date(2025, 9, 2), serious_illness=True), 30
        )
        self.assertIsNone(
            eligible_milestone(admitted, (), date(2025, 9, 1), serious_illness=True)
        )

    def test_serious_illness_up_to_24_months_early_from_70(self):
        """Serious illness allows 70-90 year badges up to 24 months early."""
        admitted = date(1956, 9, 2)  # 70 years on 2/9/2026
        self.assertEqual(
            eligible_milestone(
                admitted, (), date(2024, 9, 2), (65,), serious_illness=True
            ),
            70,
        )
        self.assertIsNone(
            eligible_milestone(
                admitted, (), date(2024, 9, 1), (65,), serious_illness=True
            )
        )

    def test_65_year_badge_is_not_24_months_early(self):
        """The 24-month allowance does not apply to the 65-year badge."""
        admitted = date(1961, 9, 2)  # 65 years on 2/9/2026
        self.assertIsNone(
            eligible_milestone(
                admitted, (), date(2024, 9, 2), (60,), serious_illness=True
            )
        )
        self.assertEqual(
            eligible_milestone(
                admitted, (), date(2025, 9, 2), (60,), serious_illness=True
            ),
            65,
        )


class TestDisciplineHold(EngineCase):
    admitted = date(1995, 1, 1)

    def _milestone(self, form, decided, occasion):
        return eligible_milestone(
            self.admitted, (), occasion, disciplines=[(form, decided)]
        )

    def test_reprimand_holds_6_months(self):
        """A reprimand holds the badge 6 months after the decision."""
        self.assertEqual(discipline_hold_end("reprimand", date(2025, 11, 19)), MAY_19)
        self.assertIsNone(self._milestone("reprimand", date(2025, 11, 20), MAY_19))
        self.assertEqual(self._milestone("reprimand", date(2025, 11, 19), MAY_19), 30)

    def test_warning_holds_9_months(self):
        """A warning holds the badge 9 months after the decision."""
        self.assertIsNone(self._milestone("warning", date(2025, 8, 20), MAY_19))
        self.assertEqual(self._milestone("warning", date(2025, 8, 19), MAY_19), 30)

    def test_removal_from_post_holds_12_months(self):
        """A removal from post holds the badge 12 months after the decision."""
        self.assertIsNone(
            self._milestone("removal_from_post", date(2025, 5, 20), MAY_19)
        )
        self.assertEqual(
            self._milestone("removal_from_post", date(2025, 5, 19), MAY_19), 30
        )
        self.assertEqual(
            self._milestone("removal_from_post", date(2025, 5, 20), SEP_2), 30
        )

    def test_expulsion_never(self):
        """An expelled member is never proposed, even after readmission."""
        self.assertIsNone(self._milestone("expulsion", date(2000, 1, 1), MAY_19))
        self.assertIsNone(discipline_hold_end("expulsion", date(2000, 1, 1)))
        events = [("expulsion", date(1996, 1, 1)), ("readmission", date(1996, 2, 1))]
        self.assertIsNone(eligible_milestone(self.admitted, events, MAY_19))

    def test_unknown_discipline_form_is_rejected(self):
        """A misspelt discipline form raises instead of being ignored."""
        with self.assertRaises(ValueError):
            self._milestone("reprimanded", date(2025, 1, 1), MAY_19)


class TestBatch(EngineCase):
    def test_batch_matches_single_member_rule(self):
        """Single and batch eligibility agree with a plain restatement of the rules."""
        rng = random.Random(7)
        forms = ("reprimand", "warning", "removal_from_post")
        members = []
        for member_id in range(3000):
            admitted = date(1930, 1, 1) + timedelta(days=rng.randrange(36000))
            events = ()
            if rng.random() < 0.2:
                out = admitted + timedelta(days=rng.randrange(1, 9000))
                back = out + timedelta(days=rng.randrange(0, 2000))
                events = (("removal", out), ("readmission", back))
            awarded = tuple(rng.sample((30, 40, 45, 50, 60, 70), rng.randrange(0, 2)))
            disciplines = ()
            if rng.random() < 0.1:
                disciplines = (
                    (rng.choice(forms), MAY_19 - timedelta(days=rng.randrange(400))),
                )
            members.append(
                BadgeCandidate(
                    member_id,
                    admitted,
                    events,
                    awarded,
                    rng.random() < 0.1,
                    disciplines,
                )
            )
        expected = []
        for m in members:
            args = (m.admission_decision_date, m.events, MAY_19, m.awarded_milestones)
            args += (m.serious_illness, m.disciplines)
            milestone = _reference_milestone(*args)
            self.assertEqual(eligible_milestone(*args), milestone, m)
            if milestone:
                expected.append((m.member_id, milestone))
        result = eligible_members(members, MAY_19)
        self.assertEqual(result, expected)
        self.assertGreater(len(result), 100)

    def test_batch_accepts_plain_tuples(self):
        """Plain tuples in BadgeCandidate order are accepted; young members skipped."""
        members = [
            (1, date(1996, 5, 19), (), (), False, ()),
            (2, date(2010, 1, 1), (), (), False, ()),
            (3, date(1956, 5, 19), (), (30, 40, 45, 50, 55, 60, 65), False, ()),
            (4, None, (), (), False, ()),
        ]
        self.assertEqual(eligible_members(members, MAY_19), [(1, 30), (3, 70)])
