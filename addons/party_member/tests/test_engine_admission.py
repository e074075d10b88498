# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine.admission import (
    DOSSIER_ITEMS,
    PROBLEM_ALREADY_READMITTED,
    PROBLEM_NO_BIRTH_DATE,
    PROBLEM_READMISSION_BEFORE_LEAVING,
    PROBLEM_READMISSION_TOO_SOON,
    PROBLEM_TOO_OLD,
    PROBLEM_TOO_YOUNG,
    age_in_months,
    certificate_expiry,
    certificate_valid,
    check_admission_age,
    dossier_missing,
    has_majority,
    readmission_allowed,
    two_thirds_majority,
)

BORN = date(2007, 6, 15)


class TestAdmissionAge(EngineCase):
    def test_age_in_months(self):
        """Age counts whole months: the month completes on the same day number."""
        self.assertEqual(age_in_months(BORN, date(2025, 6, 14)), 215)
        self.assertEqual(age_in_months(BORN, date(2025, 6, 15)), 216)
        self.assertEqual(age_in_months(date(2008, 2, 29), date(2026, 2, 28)), 216)

    def test_exactly_18_years_0_months_is_eligible(self):
        """Full 18 years counted in months is the lower bound, inclusive."""
        self.assertIsNone(check_admission_age(BORN, date(2025, 6, 15)))
        self.assertEqual(
            check_admission_age(BORN, date(2025, 6, 14)), PROBLEM_TOO_YOUNG
        )

    def test_exactly_60_years_0_months_is_eligible(self):
        """Full 60 years counted in months is the upper bound, inclusive."""
        born = date(1966, 3, 10)
        self.assertIsNone(check_admission_age(born, date(2026, 3, 10)))
        self.assertIsNone(check_admission_age(born, date(2026, 4, 9)))
        self.assertEqual(check_admission_age(born, date(2026, 4, 10)), PROBLEM_TOO_OLD)

    def test_configurable_bounds(self):
        """The age bounds are parameters, not hard-coded."""
        self.assertEqual(
            check_admission_age(BORN, date(2023, 6, 15)), PROBLEM_TOO_YOUNG
        )
        self.assertIsNone(check_admission_age(BORN, date(2023, 6, 15), min_years=16))
        self.assertEqual(
            check_admission_age(date(1960, 1, 1), date(2025, 1, 1)), PROBLEM_TOO_OLD
        )
        self.assertIsNone(
            check_admission_age(date(1960, 1, 1), date(2025, 1, 1), max_years=70)
        )

    def test_missing_birth_date(self):
        """Without a birth date the age cannot be checked."""
        self.assertEqual(
            check_admission_age(None, date(2025, 1, 1)), PROBLEM_NO_BIRTH_DATE
        )


class TestCertificateAndDossier(EngineCase):
    def test_certificate_valid_on_expiry_day(self):
        """The awareness-class certificate is valid 5 years, the expiry day included."""
        issued = date(2021, 6, 10)
        self.assertEqual(certificate_expiry(issued), date(2026, 6, 10))
        self.assertTrue(certificate_valid(issued, date(2026, 6, 10)))
        self.assertFalse(certificate_valid(issued, date(2026, 6, 11)))
        self.assertTrue(certificate_valid(issued, issued))

    def test_certificate_before_issue_or_missing(self):
        """No certificate, or one issued later, is not valid."""
        self.assertFalse(certificate_valid(None, date(2026, 1, 1)))
        self.assertFalse(certificate_valid(date(2026, 2, 1), date(2026, 1, 1)))

    def test_certificate_validity_is_configurable(self):
        """The validity period is a parameter."""
        self.assertFalse(
            certificate_valid(date(2021, 6, 10), date(2024, 6, 11), validity_years=3)
        )

    def test_dossier_missing_lists_unticked_and_absent(self):
        """Missing dossier items are listed in dossier order, absent keys included."""
        checklist = {
            "application_1kn": True,
            "cv_2kn": False,
            "residence_comments": True,
        }
        self.assertEqual(
            dossier_missing(checklist),
            ["cv_2kn", "introducers_3kn", "union_recommendation"],
        )
        self.assertEqual(dossier_missing(dict.fromkeys(DOSSIER_ITEMS, True)), [])
        self.assertEqual(dossier_missing({}), list(DOSSIER_ITEMS))


class TestVotes(EngineCase):
    def test_majority_is_strictly_more_than_half(self):
        """More than half of the official members, not half (Điều lệ Điều 10)."""
        self.assertFalse(has_majority(5, 10))
        self.assertTrue(has_majority(6, 10))
        self.assertTrue(has_majority(4, 7))
        self.assertFalse(has_majority(3, 7))
        self.assertFalse(has_majority(0, 0))

    def test_two_thirds_without_rounding(self):
        """Two thirds of official members, computed in integers (Điều lệ Điều 4.3)."""
        self.assertTrue(two_thirds_majority(6, 9))
        self.assertFalse(two_thirds_majority(5, 8))
        self.assertTrue(two_thirds_majority(6, 8))
        self.assertFalse(two_thirds_majority(1, 2))
        self.assertTrue(two_thirds_majority(2, 3))
        self.assertFalse(two_thirds_majority(0, 0))


class TestReadmission(EngineCase):
    def test_readmission_after_36_months(self):
        """Readmission is allowed from 36 full months after leaving."""
        left = date(2022, 5, 10)
        self.assertEqual(readmission_allowed(0, left, date(2025, 5, 10)), (True, None))
        self.assertEqual(
            readmission_allowed(0, left, date(2025, 5, 9)),
            (False, PROBLEM_READMISSION_TOO_SOON),
        )

    def test_readmission_only_once(self):
        """A member already readmitted once cannot be readmitted again."""
        self.assertEqual(
            readmission_allowed(1, date(2010, 1, 1), date(2025, 1, 1)),
            (False, PROBLEM_ALREADY_READMITTED),
        )

    def test_readmission_before_leaving_is_rejected(self):
        """A readmission date before the exit date is inconsistent."""
        self.assertEqual(
            readmission_allowed(0, date(2025, 1, 1), date(2024, 1, 1)),
            (False, PROBLEM_READMISSION_BEFORE_LEAVING),
        )
