# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import admission
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
    readmission_allowed,
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

    def test_last_exit_and_readmissions(self):
        """The last exit (newest first) and the readmissions are read from the history."""
        events = [
            ("readmission", date(2020, 3, 1)),
            ("removal", date(2016, 1, 4)),
            ("leave", date(2010, 2, 1)),
        ]
        self.assertEqual(
            admission.last_exit_and_readmissions(events),
            ("removal", date(2016, 1, 4), 1),
        )
        self.assertEqual(admission.last_exit_and_readmissions([]), (None, None, 0))


class TestCertificateAndDateOrder(EngineCase):
    def test_certificate_problem_on_the_ceremony(self):
        """The certificate is valid from its date for 5 years (Hướng dẫn 12-HD/BTCTW)."""
        issued = date(2020, 6, 1)
        self.assertIsNone(admission.certificate_problem(issued, date(2025, 6, 1)))
        self.assertEqual(
            admission.certificate_problem(issued, date(2025, 6, 2)),
            admission.PROBLEM_CERTIFICATE_EXPIRED,
        )
        self.assertEqual(
            admission.certificate_problem(issued, date(2020, 5, 31)),
            admission.PROBLEM_CERTIFICATE_NOT_YET_VALID,
        )
        self.assertIsNone(admission.certificate_problem(None, date(2025, 1, 1)))

    def test_steps_out_of_order(self):
        """Vote, then decision, then ceremony; undated steps are skipped."""
        self.assertEqual(
            admission.steps_out_of_order(
                {
                    admission.STEP_VOTE: date(2026, 8, 20),
                    admission.STEP_DECISION: None,
                    admission.STEP_CEREMONY: date(2026, 8, 19),
                }
            ),
            [(admission.STEP_VOTE, admission.STEP_CEREMONY)],
        )
        self.assertEqual(
            admission.steps_out_of_order(
                {
                    admission.STEP_VOTE: date(2026, 8, 20),
                    admission.STEP_DECISION: date(2026, 8, 20),
                    admission.STEP_CEREMONY: date(2026, 9, 2),
                }
            ),
            [],
        )
