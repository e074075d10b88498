# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Admission pipeline rules (issue #10; QA members #6, #9, #30, #33): over 60
with the competent committee's consent, 60 months after a cleared criminal
record, vote ≤ decision ≤ ceremony, the confirmed and idempotent admission,
and clear messages with dd/mm/yyyy dates."""

from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import BaseCase, tagged

from ..engine import admission
from .common import PartyAdmissionCase

LONG_AGO = date(2022, 1, 1)


@tagged("post_install", "-at_install")
class TestCandidatePipelineRulesEngine(BaseCase):
    def test_over_sixty_with_consent(self):
        """Over 60 at the review: refused; allowed with the competent consent (294 1.1)."""
        born, review = date(1960, 1, 1), date(2025, 1, 1)
        self.assertEqual(
            admission.check_admission_age(born, review), admission.PROBLEM_TOO_OLD
        )
        self.assertIsNone(
            admission.check_admission_age(born, review, over_age_consent=True)
        )
        # the minimum age has no exception
        self.assertEqual(
            admission.check_admission_age(
                date(2010, 1, 1), review, over_age_consent=True
            ),
            admission.PROBLEM_TOO_YOUNG,
        )

    def test_readmission_sixty_months_after_cleared_record(self):
        """Readmission only 60 months after the criminal record is cleared (294 3.5)."""
        left = date(2015, 1, 1)
        self.assertEqual(
            admission.readmission_allowed(
                0, left, date(2024, 12, 31), record_cleared_date=date(2020, 1, 1)
            ),
            (False, admission.PROBLEM_READMISSION_RECORD_TOO_RECENT),
        )
        self.assertEqual(
            admission.readmission_allowed(
                0, left, date(2025, 1, 1), record_cleared_date=date(2020, 1, 1)
            ),
            (True, None),
        )


@tagged("post_install", "-at_install")
class TestCandidatePipelineRules(PartyAdmissionCase):
    # Item 2: over 60 and the criminal record
    def test_over_sixty_needs_recorded_consent(self):
        """60 y 3 m at the review is refused until the consent is recorded (294 1.1)."""
        candidate = self._ready_candidate(stage="dossier", birth_date=date(1966, 5, 1))
        with self.assertRaisesText(ValidationError, "older than 60"):
            candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "dossier")
        candidate.write(
            {"over_age_consent_ref": "12-CV/TU", "over_age_consent_date": LONG_AGO}
        )
        candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")

    def _former(self, name, exit_type, exit_date):
        former = self._member(
            name, self.cell_2, admitted=date(2005, 3, 26), official=date(2006, 3, 26)
        )
        former._add_event(exit_type, exit_date)
        return former

    def test_readmission_waits_sixty_months_after_cleared_record(self):
        """Record cleared 01/06/2020, readmission 01/03/2024: refused; 2025-06: allowed."""
        former = self._former("Xóa Án Tích", "removal", date(2019, 1, 10))
        on = date(2024, 3, 1)
        candidate = self._ready_candidate(
            former_member_id=former.id,
            stage="branch_voted",
            vote_date=on,
            planned_admission_date=on,
            decision_date=on,
            certificate_date=date(2022, 6, 1),
            introducer_1_since=LONG_AGO,
            introducer_2_since=LONG_AGO,
            readmission_exit_reason="other",
            provincial_consent_ref="45-CV/TU",
            provincial_consent_date=on,
            criminal_record_cleared_date=date(2020, 6, 1),
        )
        with self.assertRaisesText(ValidationError, "01/06/2020.*60 months"):
            candidate.action_admit()
        self.assertEqual(former.state, "removed")
        later = date(2025, 6, 2)
        candidate.write(
            {
                "vote_date": later,
                "planned_admission_date": later,
                "decision_date": later,
                "provincial_consent_date": later,
            }
        )
        candidate.action_admit()
        self.assertEqual(former.state, "probationary")

    # QA #9: vote ≤ decision ≤ ceremony
    def test_qa9_decision_before_vote_refused(self):
        """QA #9: a decision dated before the branch vote is refused."""
        candidate = self._ready_candidate(
            stage="dossier", decision_date=date(2026, 8, 10)
        )
        with self.assertRaisesText(ValidationError, "10/08/2026.*20/08/2026"):
            candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "dossier")

    def test_qa9_ceremony_before_decision_refused(self):
        """QA #9: a ceremony before the admission decision blocks the admission."""
        candidate = self._ready_candidate(stage="branch_voted")
        candidate.decision_date = date(2026, 9, 5)  # ceremony 02/09/2026
        with self.assertRaisesText(ValidationError, "ceremony"):
            candidate.action_admit()
        self.assertFalse(candidate.member_id)

    # QA #30: messages
    def test_qa30_certificate_not_yet_valid(self):
        """QA #30: a certificate dated after the ceremony is 'not yet valid', in dd/mm/yyyy."""
        candidate = self._ready_candidate(
            stage="dossier", certificate_date=date(2026, 9, 10)
        )
        with self.assertRaises(ValidationError) as caught:
            candidate.action_to_branch_voted()
        message = str(caught.exception)
        self.assertIn("not yet valid", message)
        self.assertIn("10/09/2026", message)
        self.assertNotIn("no longer valid", message)
        self.assertNotIn("2026-09-10", message)

    # QA #6: the admission is confirmed and idempotent
    def test_qa6_drag_to_admitted_refused_even_for_office(self):
        """QA #6: dragging to 'admitted' creates nothing; the confirmed Admit button admits."""
        candidate = self._ready_candidate(stage="branch_voted").with_user(
            self.user_office
        )
        with self.assertRaisesText(UserError, "press Admit"):
            candidate.write({"stage": "admitted"})
        self.assertFalse(candidate.member_id)
        self.assertEqual(candidate.stage, "branch_voted")

    def test_qa6_back_and_forth_creates_one_member(self):
        """QA #6: after admission, moving back, dropping or admitting again creates nothing."""
        candidate = self._ready_candidate(stage="branch_voted").with_user(
            self.user_office
        )
        candidate.action_admit()
        member, decision = candidate.member_id, candidate.decision_id
        self.assertTrue(member)
        for target in ("branch_voted", "sympathiser", "dropped"):
            with self.subTest(target=target), self.assertRaises(UserError):
                candidate.write({"stage": target})
        candidate.drop_reason = "thử"
        with self.assertRaises(UserError):
            candidate.action_drop()
        candidate.action_admit()  # idempotent
        candidate.write({"stage": "admitted"})  # a drag onto its own column
        self.assertEqual(candidate.member_id, member)
        self.assertEqual(
            self.env["party.member"].search_count([("name", "=", candidate.name)]), 1
        )
        self.assertEqual(
            self.env["party.decision"].search_count(
                [("decision_type", "=", "admission"), ("member_ids", "in", member.ids)]
            ),
            1,
        )
        self.assertEqual(decision, candidate.decision_id)

    def test_qa6_candidate_with_member_is_settled(self):
        """A candidate whose member exists cannot be dropped whatever its stage says."""
        candidate = self._ready_candidate(stage="branch_voted").with_user(
            self.user_office
        )
        candidate.action_admit()
        candidate.sudo().write({"stage": "branch_voted"})  # a stale stage
        with self.assertRaises(UserError):
            candidate.write({"stage": "dropped"})
        candidate.action_admit()
        self.assertEqual(
            self.env["party.member"].search_count([("name", "=", candidate.name)]), 1
        )

    # QA #33
    def test_qa33_secretary_admission_is_a_user_error(self):
        """QA #33: the secretary's drop into 'admitted' is a clear UserError, not AccessError."""
        candidate = self._ready_candidate(stage="branch_voted").with_user(
            self.user_secretary
        )
        for attempt in (
            lambda: candidate.write({"stage": "admitted"}),
            candidate.action_admit,
        ):
            with self.assertRaises(UserError) as caught:
                attempt()
            self.assertNotIsInstance(caught.exception, AccessError)
            self.assertIn(
                "admission is decided by the grassroots committee (Party Office)",
                str(caught.exception),
            )
        self.assertFalse(candidate.member_id)
