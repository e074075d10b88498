# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team, through the ORM: the lifecycle wizards and the admission
pipeline check the caller on the server (security review H6, L7; QA
members #3, #4, #6, #25, #33)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .test_red_team_lifecycle import LifecycleRedTeamCase


@tagged("post_install", "-at_install")
class TestWizardRedTeam(LifecycleRedTeamCase):
    def _status(self, user, event_type, member=None, **vals):
        return (
            self.env["party.member.status.wizard"]
            .with_user(user)
            .create(
                {
                    "member_id": (member or self.ours).id,
                    "event_type": event_type,
                    **vals,
                }
            )
        )

    def test_qa3_office_wizards_refused_to_secretary(self):
        """QA #3: recognition, removal, expulsion and leaving are office-only on the server."""
        with self.assertRaises(AccessError):
            self.env["party.member.recognition.wizard"].with_user(
                self.user_secretary
            ).create({"member_id": self.probationary.id, "votes_for": 3})
        for event_type in ("removal", "expulsion", "leave"):
            with self.subTest(event_type=event_type), self.assertRaises(AccessError):
                self._status(self.user_secretary, event_type)
        wizard = self._status(self.user_secretary, "exemption")
        with self.assertRaises(AccessError):
            wizard.write({"event_type": "removal"})
            wizard.action_confirm()
        self.assertEqual(self.ours.state, "official")

    def test_secretary_exemption_issued_by_own_cell(self):
        """The branch records an exemption under its own decision, not the committee's."""
        wizard = self._status(
            self.user_secretary, "exemption", issuer_organization_id=self.committee.id
        )
        with self.assertRaises(AccessError):
            wizard.action_confirm()
        self.assertEqual(self.ours.state, "official")
        wizard = self._status(self.user_secretary, "exemption")
        self.assertEqual(wizard.issuer_organization_id, self.cell_2)
        wizard.action_confirm()
        self.assertEqual(self.ours.state, "exempt")

    def test_status_wizard_out_of_scope_member(self):
        """A secretary cannot record a status change of a member of another cell."""
        with self.assertRaises(AccessError):
            self._status(
                self.user_secretary, "death", member=self.victim
            ).action_confirm()
        self.assertEqual(self.victim.state, "official")

    def test_qa25_wizard_records_private(self):
        """QA #25: a wizard record (e.g. an expulsion reason) is readable by its creator only."""
        wizard = self._status(
            self.user_office, "expulsion", reason="Vi phạm nghiêm trọng"
        )
        Wizard = self.env["party.member.status.wizard"].with_user(self.user_secretary)
        self.assertFalse(Wizard.search([]))
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_secretary).read(["reason"])

    def test_recognition_vote_base_live_and_office_path(self):
        """The vote base is counted live; the office's vote with no votes is refused."""
        Wizard = self.env["party.member.recognition.wizard"].with_user(self.user_office)
        with self.assertRaises(AccessError):
            Wizard.create(
                {"member_id": self.probationary.id, "official_member_count": 1}
            )
        wizard = Wizard.create(
            {"member_id": self.probationary.id, "vote_date": date(2026, 3, 20)}
        )
        self.assertEqual(wizard.official_member_count, 2)  # BÍ THƯ and CHI BỘ 2
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.probationary.state, "probationary")
        wizard.write({"votes_for": 2, "outcome": "recognise"})
        wizard.action_confirm()
        self.assertEqual(self.probationary.state, "official")


@tagged("post_install", "-at_install")
class TestCandidateRedTeam(LifecycleRedTeamCase):
    def _candidate(self, **vals):
        return self.env["party.candidate"].create(
            {
                "name": "Ứng viên",
                "birth_date": date(1995, 4, 30),
                "organization_id": self.cell_2.id,
                "company_id": self.company.id,
                **vals,
            }
        )

    def test_qa33_secretary_drag_to_admitted_explained(self):
        """QA #33 and L7: a secretary's drag to admitted is refused with a clear
        message, whatever the context."""
        candidate = self._candidate()
        Candidate = candidate.with_user(self.user_secretary)
        with self.assertRaisesText(
            UserError,
            r"admission is decided by the grassroots committee \(Party Office\)",
        ) as caught:
            Candidate.write({"stage": "admitted"})
        self.assertNotIsInstance(caught.exception, AccessError)
        with self.assertRaises(UserError):
            Candidate.with_context(party_candidate_admitting=True).write(
                {"stage": "admitted"}
            )
        self.assertEqual(candidate.stage, "sympathiser")
        self.assertFalse(candidate.member_id)

    def test_l7_context_does_not_skip_admission_checks(self):
        """L7: the office's admission runs every check, whatever the context."""
        candidate = self._candidate(stage="awareness_class")
        with self.assertRaises(UserError):
            candidate.with_user(self.user_office).with_context(
                party_candidate_admitting=True
            ).write({"stage": "admitted"})
        self.assertEqual(candidate.stage, "awareness_class")
        self.assertFalse(candidate.member_id)

    def test_vote_base_and_stage_not_writable(self):
        """H6: the vote base and the stage are not typed in."""
        candidate = self._candidate(stage="awareness_class").with_user(
            self.user_secretary
        )
        with self.assertRaises(AccessError):
            candidate.write({"official_member_count": 1, "votes_for": 1})
        with self.assertRaises(UserError):  # the dossier stage needs the certificate
            candidate.write({"stage": "dossier"})
        count = self.env["party.candidate"].search_count([])
        with self.assertRaises(UserError):  # created as a sympathiser, then checked
            self.env["party.candidate"].with_user(self.user_secretary).create(
                {
                    "name": "Nhảy cóc",
                    "organization_id": self.cell_2.id,
                    "stage": "branch_voted",
                }
            )
        self.assertEqual(self.env["party.candidate"].search_count([]), count)
        self.assertEqual(candidate.stage, "awareness_class")
        self.assertEqual(candidate.official_member_count, 2)  # BÍ THƯ and CHI BỘ 2

    def test_admitted_candidate_settled(self):
        """QA #6: an admitted candidate does not go back, so it is not admitted twice."""
        candidate = self._candidate(
            certificate_date=date(2025, 6, 1),
            dossier_application=True,
            dossier_cv=True,
            dossier_introducers=True,
            dossier_union_recommendation=True,
            dossier_residence_comments=True,
            votes_for=2,
            vote_date=date(2026, 8, 20),
            introducer_1_id=self.me.id,
            introducer_1_since=date(2024, 1, 1),
            introducer_2_id=self.ours.id,
            introducer_2_since=date(2024, 1, 1),
            planned_admission_date=date(2026, 9, 2),
            decision_date=date(2026, 8, 25),
        )
        candidate.with_user(self.user_office).action_admit()
        member = candidate.member_id
        self.assertEqual(member.state, "probationary")
        with self.assertRaises(UserError):
            candidate.with_user(self.user_office).write({"stage": "sympathiser"})
        self.assertEqual(candidate.stage, "admitted")
        self.assertEqual(self.Member.search_count([("name", "=", "Ứng viên")]), 1)
