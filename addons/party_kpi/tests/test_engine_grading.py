# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import doctest

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import grading, org_grade, thresholds
from ..engine.grading import (
    COMPLETED,
    EXCELLENT,
    GOOD,
    NOT_COMPLETED,
    check_quota,
    final_grade,
    grade_for_score,
    knockouts,
)
from ..engine.org_grade import OrgGradeRule
from ..engine.org_grade import org_grade as grade_org


class TestGradingEngine(EngineCase):
    def test_doctests(self):
        """The examples in the engine docstrings hold."""
        for module in (grading, org_grade, thresholds):
            self.assertEqual(doctest.testmod(module).failed, 0, module.__name__)

    def test_bands(self):
        """Bands 90 / 70 / 50 on the 100-point scale (Quy định 366-QĐ/TW)."""
        cases = {
            100: EXCELLENT,
            90: EXCELLENT,
            89.99: GOOD,
            70: GOOD,
            69.5: COMPLETED,
            50: COMPLETED,
            49.9: NOT_COMPLETED,
            0: NOT_COMPLETED,
        }
        for score, grade in cases.items():
            self.assertEqual(grade_for_score(score), grade, score)

    def test_configurable_bands(self):
        """Bands come from configuration, not from constants in the logic."""
        self.assertEqual(grade_for_score(85, (85, 65, 45)), EXCELLENT)
        self.assertEqual(grade_for_score(46, (85, 65, 45)), COMPLETED)

    def test_knockouts(self):
        """Discipline in the year or fewer than half of the targets met force
        not_completed whatever the score."""
        self.assertEqual(knockouts(), [])
        self.assertEqual(knockouts(disciplined=True), ["discipline"])
        self.assertEqual(knockouts(targets_met=2, targets_total=5), ["targets"])
        self.assertEqual(knockouts(targets_met=3, targets_total=6), [])
        self.assertEqual(final_grade(98, ["targets"]), NOT_COMPLETED)
        self.assertEqual(final_grade(98, []), EXCELLENT)

    def test_quota(self):
        """Excellent members at most 20% of good ones, with the numbers."""
        result = check_quota([GOOD] * 14 + [EXCELLENT] * 3)
        self.assertEqual(
            (result.ok, result.excellent, result.good, result.allowed),
            (False, 3, 14, 2),
        )
        self.assertTrue(check_quota([GOOD] * 15 + [EXCELLENT] * 3).ok)
        self.assertFalse(check_quota([EXCELLENT]).ok)
        self.assertTrue(check_quota([GOOD] * 5 + [EXCELLENT] * 5, ratio=1.0).ok)

    def test_org_grade_caps(self):
        """An organisation is capped by its sub-units and members."""
        self.assertEqual(grade_org(95, [GOOD] * 10, [GOOD, EXCELLENT]).grade, EXCELLENT)
        capped = grade_org(95, [GOOD] * 10, [GOOD, COMPLETED])
        self.assertEqual(
            (capped.grade, capped.reasons), (GOOD, ["sub_unit_below_good"])
        )
        self.assertEqual(
            grade_org(95, [GOOD] * 10, [GOOD, NOT_COMPLETED]).grade, COMPLETED
        )
        self.assertEqual(
            grade_org(95, [GOOD] * 10, [NOT_COMPLETED, NOT_COMPLETED, GOOD]).grade,
            NOT_COMPLETED,
        )
        self.assertEqual(grade_org(95, [GOOD] * 9 + [NOT_COMPLETED], []).grade, GOOD)
        self.assertEqual(
            grade_org(95, [GOOD] * 7 + [NOT_COMPLETED] * 3, []).grade, NOT_COMPLETED
        )
        self.assertEqual(grade_org(60, [GOOD] * 10, []).grade, COMPLETED)
        self.assertEqual(grade_org(95, [], [], knockout=True).grade, NOT_COMPLETED)
        lenient = OrgGradeRule(max_failed_share_excellent=0.15)
        self.assertEqual(
            grade_org(95, [GOOD] * 9 + [NOT_COMPLETED], [], rule=lenient).grade,
            EXCELLENT,
        )


class TestThresholdEngine(EngineCase):
    def test_higher_is_better(self):
        """Higher-is-better: good at/above good, warning at/above warning."""
        evaluate = thresholds.evaluate
        self.assertEqual(evaluate(90, 90, 75), "good")
        self.assertEqual(evaluate(75, 90, 75), "warning")
        self.assertEqual(evaluate(74.9, 90, 75), "bad")
        self.assertFalse(evaluate(None, 90, 75))

    def test_lower_is_better(self):
        """Lower-is-better: good at/below good, warning at/below warning."""
        evaluate = thresholds.evaluate
        self.assertEqual(evaluate(0, 0, 2, "lower"), "good")
        self.assertEqual(evaluate(2, 0, 2, "lower"), "warning")
        self.assertEqual(evaluate(2.5, 0, 2, "lower"), "bad")
        self.assertTrue(thresholds.check_thresholds(0, 2, "lower"))
        self.assertFalse(thresholds.check_thresholds(90, 95, "higher"))

    def test_periods(self):
        """Monthly, quarterly and yearly bounds; the last N periods."""
        from datetime import date

        self.assertEqual(
            thresholds.period_bounds(date(2026, 2, 10), "monthly"),
            (date(2026, 2, 1), date(2026, 2, 28)),
        )
        self.assertEqual(
            thresholds.period_bounds(date(2026, 12, 31), "yearly"),
            (date(2026, 1, 1), date(2026, 12, 31)),
        )
        periods = thresholds.previous_periods(date(2026, 1, 15), "monthly", 3)
        self.assertEqual(
            [p[0] for p in periods],
            [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)],
        )
