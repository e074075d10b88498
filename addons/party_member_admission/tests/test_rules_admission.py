# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Admission rules (issue #10): review-day age, introducers, vote base, readmission."""

from datetime import date

from odoo.exceptions import ValidationError
from odoo.tests import BaseCase, tagged

from ..engine import admission
from .common import PartyAdmissionCase

LONG_AGO = date(2022, 1, 1)


@tagged("post_install", "-at_install")
class TestAdmissionRulesEngine(BaseCase):
    def test_introducers_engine(self):
        """Two distinct official introducers, 12 months of work together (Điều lệ Điều 4.2)."""
        review = date(2026, 8, 20)
        good = [(1, True, date(2025, 8, 20)), (2, True, date(2020, 1, 1))]
        self.assertEqual(admission.introducer_problems(good, review), [])
        keys = {
            key
            for key, _index in admission.introducer_problems(
                [(1, False, date(2025, 8, 21)), (1, True, date(2020, 1, 1))], review
            )
        }
        self.assertEqual(
            keys,
            {
                admission.PROBLEM_INTRODUCER_NOT_OFFICIAL,
                admission.PROBLEM_INTRODUCER_TOO_SHORT,
                admission.PROBLEM_INTRODUCER_SAME,
            },
        )
        self.assertEqual(
            admission.introducer_problems([(1, True, LONG_AGO)], review),
            [(admission.PROBLEM_INTRODUCER_MISSING, 1)],
        )

    def test_readmission_bars_engine(self):
        """294-QĐ/TW 3.5.2: barred reasons and leaving on request; expulsion is no bar."""
        barred = admission.readmission_barred
        self.assertIsNone(barred("expulsion", "other"))
        self.assertIsNone(barred("removal", "other"))
        self.assertIsNone(barred("leave", "family_hardship"))
        self.assertTrue(barred("leave", "other"))
        for reason in ("dropped_out", "disunity", "corruption", "serious_crime"):
            self.assertTrue(barred("removal", reason), reason)


@tagged("post_install", "-at_install")
class TestAdmissionRules(PartyAdmissionCase):
    def _voted(self, candidate):
        candidate.action_to_branch_voted()
        return candidate

    # Age on the branch review day
    def test_age_checked_on_review_day_too_young(self):
        """Review case 3A: 17 y 10 m at the branch review is refused (294-QĐ/TW 1.1)."""
        candidate = self._ready_candidate(
            stage="dossier",
            birth_date=date(2007, 6, 20),
            vote_date=date(2025, 5, 15),
            planned_admission_date=date(2025, 7, 1),
            decision_date=date(2025, 6, 20),
            certificate_date=date(2024, 6, 1),
        )
        with self.assertRaisesRegex(ValidationError, "15/05/2025"):
            self._voted(candidate)

    def test_age_checked_on_review_day_not_ceremony(self):
        """Review case 3B: 59 y 11 m at the review, 60 y 1 m later: allowed (294-QĐ/TW 1.1)."""
        candidate = self._ready_candidate(
            stage="dossier",
            birth_date=date(1965, 4, 10),
            vote_date=date(2025, 4, 5),
            planned_admission_date=date(2025, 5, 15),
            decision_date=date(2025, 5, 1),
            certificate_date=date(2024, 6, 1),
        )
        self.assertEqual(self._voted(candidate).stage, "branch_voted")

    def test_qa7_young_candidate_refused(self):
        """QA #7: born 15/12/2008, reviewed 20/11/2026: refused although 18 at the ceremony."""
        candidate = self._ready_candidate(
            stage="dossier",
            birth_date=date(2008, 12, 15),
            vote_date=date(2026, 11, 20),
            planned_admission_date=date(2026, 12, 20),
            decision_date=date(2026, 12, 1),
        )
        with self.assertRaises(ValidationError):
            self._voted(candidate)

    def test_review_date_required(self):
        """QA #9: the branch review date is required to record the vote (294-QĐ/TW 1.1)."""
        candidate = self._ready_candidate(stage="dossier", vote_date=False)
        with self.assertRaisesRegex(ValidationError, "vote"):
            self._voted(candidate)

    # Introducers
    def test_introducers_required(self):
        """QA #9: two introducers are required (Điều lệ Đảng, Điều 4.2)."""
        candidate = self._ready_candidate(
            stage="dossier", introducer_1_id=False, introducer_2_id=False
        )
        with self.assertRaisesRegex(ValidationError, "Introducer 1"):
            self._voted(candidate)
        candidate = self._ready_candidate(stage="dossier", introducer_2_id=False)
        with self.assertRaisesRegex(ValidationError, "Introducer 2"):
            self._voted(candidate)

    def test_introducer_worked_12_months(self):
        """An introducer must have worked 12 months with the candidate at the review (Điều 4.2)."""
        candidate = self._ready_candidate(
            stage="dossier", introducer_2_since=date(2025, 8, 21)
        )
        with self.assertRaisesRegex(ValidationError, "12 months"):
            self._voted(candidate)
        candidate = self._ready_candidate(
            stage="dossier", introducer_2_since=date(2025, 8, 20)
        )
        self.assertEqual(self._voted(candidate).stage, "branch_voted")

    def test_introducer_must_be_official(self):
        """A probationary member cannot introduce (Điều lệ Đảng, Điều 4.2)."""
        probationary = self._member(
            "Dự bị giới thiệu", self.cell_2, admitted=date(2026, 1, 10)
        )
        candidate = self._ready_candidate(
            stage="dossier", introducer_2_id=probationary.id
        )
        with self.assertRaisesRegex(ValidationError, "not an official member"):
            self._voted(candidate)

    # Vote base on the vote day
    def _officials(self, count, cell, prefix):
        for index in range(count):
            self._member(
                f"{prefix} {index}",
                cell,
                admitted=date(2010, 5, 19),
                official=date(2011, 5, 19),
            )

    def test_base_is_live_not_frozen(self):
        """Review case 4A: members arriving after the candidate was created count (Điều 4.3)."""
        self._officials(6, self.cell_2, "Chính thức")
        candidate = self._ready_candidate(stage="dossier", votes_for=7)
        self.assertEqual(candidate.official_member_count, 9)
        self._officials(3, self.cell_2, "Chuyển đến")
        candidate.invalidate_recordset(["official_member_count"])
        self.assertEqual(candidate.official_member_count, 12)
        with self.assertRaisesRegex(ValidationError, "7 of 12"):
            self._voted(candidate)

    def test_base_includes_party_groups(self):
        """Review case 4B: members of the cell's tổ đảng are in the base (294-QĐ/TW)."""
        self._officials(6, self.group, "Tổ đảng")
        candidate = self._ready_candidate(stage="dossier", votes_for=5)
        self.assertEqual(candidate.official_member_count, 9)
        with self.assertRaises(ValidationError):
            self._voted(candidate)
        candidate = self._ready_candidate(stage="dossier", votes_for=6)
        self.assertEqual(self._voted(candidate).stage, "branch_voted")

    def test_base_counted_on_vote_day(self):
        """The base is the count on the vote day, not today (Điều lệ Đảng, Điều 4.3)."""
        leaving = self.officials[2]
        leaving._add_event("removal", date(2026, 9, 1))
        candidate = self._ready_candidate(stage="dossier")
        self.assertEqual(candidate.official_member_count, 3)
        candidate.vote_date = date(2026, 9, 5)
        self.assertEqual(candidate.official_member_count, 2)

    def test_exempt_members_count_when_attending(self):
        """Exempt members count when they attend; temporarily transferred do not (294-QĐ/TW)."""
        self.officials[1]._add_event("exemption", date(2025, 1, 1))
        self.officials[2]._add_event("temporary_transfer_out", date(2026, 6, 1))
        candidate = self._ready_candidate(stage="dossier", votes_for=1)
        self.assertEqual(candidate.official_member_count, 1)
        candidate.exempt_attending_count = 1
        self.assertEqual(candidate.official_member_count, 2)
        candidate.exempt_attending_count = 3
        self.assertEqual(candidate.official_member_count, 2)

    # Readmission (294-QĐ/TW point 3.5)
    def _former(self, name, exit_type, exit_date):
        former = self._member(
            name, self.cell_2, admitted=date(2005, 3, 26), official=date(2006, 3, 26)
        )
        former._add_event(exit_type, exit_date)
        return former

    def _readmission(self, former, on, **vals):
        values = dict(
            former_member_id=former.id,
            stage="branch_voted",
            vote_date=on,
            planned_admission_date=on,
            decision_date=on,
            certificate_date=date(2022, 6, 1),
            birth_date=date(1985, 3, 2),
            introducer_1_since=LONG_AGO,
            introducer_2_since=LONG_AGO,
            readmission_exit_reason="other",
            provincial_consent_ref="45-CV/TU",
            provincial_consent_date=on,
        )
        values.update(vals)
        return self._ready_candidate(**values)

    def test_expelled_member_may_be_readmitted(self):
        """Review case 6A: expulsion is not a bar by itself (294-QĐ/TW 3.5.2)."""
        former = self._former("Khai Trừ Cũ", "expulsion", date(2020, 1, 10))
        candidate = self._readmission(former, date(2024, 3, 1))
        candidate.action_admit()
        self.assertEqual(candidate.member_id, former)
        self.assertEqual(former.state, "probationary")

    def test_readmission_needs_provincial_consent(self):
        """Readmission needs the provincial standing committee's consent (294-QĐ/TW 3.5)."""
        former = self._former("Thiếu Đồng Ý", "expulsion", date(2020, 1, 10))
        candidate = self._readmission(
            former, date(2024, 3, 1), provincial_consent_ref=False
        )
        with self.assertRaisesRegex(ValidationError, "provincial"):
            candidate.action_admit()
        self.assertEqual(former.state, "expelled")

    def test_left_on_request_is_barred(self):
        """Review case 6B: asked to leave, no family hardship: refused (294-QĐ/TW 3.5.2)."""
        former = self._former("Xin Ra Đảng", "leave", date(2020, 1, 10))
        candidate = self._readmission(former, date(2023, 2, 1))
        with self.assertRaisesRegex(ValidationError, "3.5.2"):
            candidate.action_admit()
        self.assertEqual(former.state, "left")
        candidate.readmission_exit_reason = "family_hardship"
        candidate.action_admit()
        self.assertEqual(former.state, "probationary")

    def test_dropped_out_is_barred(self):
        """Removed for dropping out of activity: never readmitted (294-QĐ/TW 3.5.2)."""
        former = self._former("Bỏ Sinh Hoạt", "removal", date(2019, 1, 10))
        candidate = self._readmission(
            former, date(2024, 3, 1), readmission_exit_reason="dropped_out"
        )
        with self.assertRaises(ValidationError):
            candidate.action_admit()
        self.assertEqual(former.state, "removed")
