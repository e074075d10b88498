# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from .common import PartyAdmissionCase


@tagged("post_install", "-at_install")
class TestCandidatePipeline(PartyAdmissionCase):
    def test_official_member_count_defaults_to_cell(self):
        """The vote base is the number of official members of the cell."""
        self.assertEqual(self._candidate().official_member_count, 3)

    def test_age_lower_boundary_in_months(self):
        """A full 18 years, counted in months, on the branch review (294-QĐ/TW 1.1)."""
        candidate = self._ready_candidate(birth_date=date(2008, 8, 20), stage="dossier")
        candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")
        young = self._ready_candidate(birth_date=date(2008, 8, 21), stage="dossier")
        with self.assertRaisesText(ValidationError, "18"):
            young.action_to_branch_voted()

    def test_age_upper_boundary_in_months(self):
        """Admission is possible up to a full 60 years on the branch review, not one month more."""
        candidate = self._ready_candidate(birth_date=date(1966, 8, 20), stage="dossier")
        candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")
        old = self._ready_candidate(birth_date=date(1966, 7, 20), stage="dossier")
        with self.assertRaises(ValidationError):
            old.action_to_branch_voted()

    def test_certificate_expires_after_five_years(self):
        """The awareness certificate is valid up to its fifth anniversary included."""
        candidate = self._ready_candidate(
            certificate_date=date(2021, 9, 2), stage="dossier"
        )
        candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")
        expired = self._ready_candidate(
            certificate_date=date(2021, 9, 1), stage="dossier"
        )
        with self.assertRaisesText(ValidationError, "21"):
            expired.action_to_branch_voted()

    def test_dossier_needs_certificate(self):
        """Moving to the dossier stage needs the awareness certificate."""
        candidate = self._candidate(stage="awareness_class")
        with self.assertRaises(ValidationError):
            candidate.action_to_dossier()
        candidate.certificate_date = date(2026, 1, 10)
        candidate.action_to_dossier()
        self.assertEqual(candidate.stage, "dossier")

    def test_incomplete_dossier_blocks_vote(self):
        """A missing dossier item blocks the branch vote stage."""
        candidate = self._ready_candidate(stage="dossier", dossier_introducers=False)
        self.assertFalse(candidate.dossier_complete)
        with self.assertRaisesText(ValidationError, "3-KNĐ"):
            candidate.action_to_branch_voted()

    def test_two_thirds_of_official_members(self):
        """The branch vote needs two thirds of its official members (6 of 9, not 5)."""
        for index in range(3, 9):
            self._member(
                f"Đảng viên chính thức {index}",
                self.cell_2,
                admitted=date(2010, 5, 19),
                official=date(2011, 5, 19),
            )
        candidate = self._ready_candidate(stage="dossier", votes_for=6)
        self.assertEqual(candidate.official_member_count, 9)
        candidate.action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")
        short = self._ready_candidate(stage="dossier", votes_for=5)
        with self.assertRaises(ValidationError):
            short.action_to_branch_voted()

    def test_votes_cannot_exceed_members(self):
        """Votes for and against cannot exceed the official members."""
        with self.assertRaises(ValidationError):
            self._candidate(votes_for=3, votes_against=1)

    def test_admit_creates_member_event_and_decision(self):
        """Admission creates the probationary member, its event and the decision."""
        candidate = self._ready_candidate(stage="branch_voted")
        candidate.action_admit()
        member = candidate.member_id
        self.assertEqual(candidate.stage, "admitted")
        self.assertEqual(member.state, "probationary")
        self.assertEqual(member.organization_id, self.cell_2)
        self.assertEqual(member.admission_date, date(2026, 9, 2))
        self.assertEqual(member.admission_decision_date, date(2026, 8, 25))
        event = self._events(member, "admission")
        self.assertEqual(len(event), 1)
        decision = candidate.decision_id
        self.assertEqual(event.decision_id, decision)
        self.assertEqual(decision.name, "15-QĐ/ĐU")
        self.assertEqual(decision.decision_type, "admission")
        self.assertEqual(decision.issuer_organization_id, self.committee)
        self.assertIn(member, decision.member_ids)

    def test_admit_checks_again(self):
        """Admission re-checks the rules: a certificate expired since the vote blocks it."""
        candidate = self._ready_candidate(stage="branch_voted")
        candidate.planned_admission_date = date(2030, 6, 2)
        with self.assertRaises(ValidationError):
            candidate.action_admit()
        self.assertFalse(candidate.member_id)

    def test_drop_needs_reason(self):
        """Dropping a candidate needs a reason."""
        candidate = self._candidate()
        with self.assertRaises(UserError):
            candidate.action_drop()
        candidate.drop_reason = "Chuyển công tác"
        candidate.action_drop()
        self.assertEqual(candidate.stage, "dropped")
        with self.assertRaises(UserError):
            candidate.action_admit()


@tagged("post_install", "-at_install")
class TestReadmission(PartyAdmissionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.former = cls._member(
            "Lê Văn Kết Nạp Lại",
            cls.cell_2,
            admitted=date(2005, 3, 26),
            official=date(2006, 3, 26),
        )
        cls.former._add_event("leave", date(2022, 5, 10))

    def _readmit(self, on_date):
        candidate = self._ready_candidate(
            former_member_id=self.former.id,
            stage="branch_voted",
            planned_admission_date=on_date,
            decision_date=on_date,
            vote_date=on_date,
            birth_date=date(1985, 3, 2),
            certificate_date=date(2024, 1, 5),
            readmission_exit_reason="family_hardship",
            provincial_consent_ref="123-CV/TU",
            provincial_consent_date=on_date,
        )
        candidate.action_admit()
        return candidate

    def test_readmission_needs_36_months(self):
        """Readmission only from 36 full months after leaving."""
        with self.assertRaisesText(ValidationError, "36"):
            self._readmit(date(2025, 5, 9))
        self.assertEqual(self.former.state, "left")

    def test_readmission_on_existing_member(self):
        """Readmission writes a readmission event on the former member; party
        age counts from the first admission."""
        candidate = self._readmit(date(2025, 5, 10))
        self.assertEqual(candidate.member_id, self.former)
        self.assertEqual(self.former.state, "probationary")
        self.assertEqual(len(self._events(self.former, "readmission")), 1)
        self.assertEqual(self.former.admission_decision_date, date(2005, 3, 26))
        self.assertEqual(self.former.admission_date, date(2025, 5, 10))
        self.assertEqual(
            self.env["party.member"].search_count([("name", "=", self.former.name)]), 1
        )
        age = self.former.with_context(party_age_date=date(2026, 5, 10))
        # 17 years before leaving + 1 year since the readmission
        self.assertEqual(age.party_age_years, 18)

    def test_readmission_only_once(self):
        """A member readmitted once cannot be readmitted again."""
        self._readmit(date(2025, 5, 10))
        self.former._add_event("leave", date(2025, 6, 1))
        with self.assertRaises(ValidationError):
            self._readmit(date(2028, 7, 1))

    def test_member_in_the_party_not_readmitted(self):
        """Only a former member (removed, left or expelled) may be readmitted (294-QĐ/TW 3.5)."""
        candidate = self._ready_candidate(
            former_member_id=self.officials[2].id,
            stage="branch_voted",
            readmission_exit_reason="other",
            provincial_consent_ref="123-CV/TU",
            provincial_consent_date=date(2026, 8, 1),
        )
        with self.assertRaises(ValidationError):
            candidate.action_admit()
