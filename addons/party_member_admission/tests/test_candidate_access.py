# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import PartyAdmissionCase


@tagged("post_install", "-at_install")
class TestCandidateAccess(PartyAdmissionCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.candidate_2 = cls.env["party.candidate"].create(
            {
                "name": "Ứng viên Chi bộ 2",
                "organization_id": cls.cell_2.id,
                "company_id": cls.company.id,
            }
        )
        cls.candidate_1 = cls.env["party.candidate"].create(
            {
                "name": "Ứng viên Chi bộ 1",
                "organization_id": cls.cell_1.id,
                "company_id": cls.company.id,
            }
        )

    def test_secretary_sees_own_subtree(self):
        """A branch secretary works on candidates of their subtree only."""
        Candidate = self.env["party.candidate"].with_user(self.user_secretary)
        self.assertEqual(Candidate.search([]), self.candidate_2)
        with self.assertRaises(AccessError):
            self.candidate_1.with_user(self.user_secretary).read(["name"])
        with self.assertRaises(AccessError):
            Candidate.create(
                {"name": "Ngoài phạm vi", "organization_id": self.cell_1.id}
            )
        Candidate.create({"name": "Trong phạm vi", "organization_id": self.cell_2.id})

    def test_office_sees_all_in_company(self):
        """The party office sees every candidate of its companies."""
        Candidate = self.env["party.candidate"].with_user(self.user_office)
        self.assertEqual(Candidate.search([]), self.candidate_1 | self.candidate_2)

    def test_members_and_others_see_nothing(self):
        """Plain members and users without a party group see no candidate."""
        for user in (self.user_member, self.user_plain):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    self.env["party.candidate"].with_user(user).search([])

    def test_admission_decided_by_office(self):
        """A secretary brings a candidate to the vote; the admission decision of
        the grassroots committee is recorded by the party office."""
        candidate = self._ready_candidate(stage="dossier")
        candidate.with_user(self.user_secretary).action_to_branch_voted()
        self.assertEqual(candidate.stage, "branch_voted")
        # QA #33: a clear UserError naming the grassroots committee.
        with self.assertRaisesText(UserError, "grassroots committee"):
            candidate.with_user(self.user_secretary).action_admit()
        candidate.with_user(self.user_office).action_admit()
        self.assertEqual(candidate.member_id.state, "probationary")

    def test_secretary_cannot_delete(self):
        """Secretaries cannot delete candidates; the office can."""
        with self.assertRaises(AccessError):
            self.candidate_2.with_user(self.user_secretary).unlink()
        self.candidate_2.with_user(self.user_office).unlink()
