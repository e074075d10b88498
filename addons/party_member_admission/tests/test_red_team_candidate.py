# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team, through the ORM and over JSON-RPC: the admission pipeline
checks the caller on the server (security review H6, L7; QA members #6,
#33)."""

from datetime import date

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_member.tests.test_red_team_lifecycle import (
    LifecycleRedTeamCase,
)
from odoo.addons.party_org.tests.red_team import RedTeamMixin


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


@tagged("post_install", "-at_install")
class TestCandidateRedTeamRpc(RedTeamMixin, HttpCase, LifecycleRedTeamCase):
    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_qa33_l7_admission_refused_with_message(self):
        """QA #33 and L7 over RPC: the secretary's drag to admitted is refused with a
        clear message, even with the admitting context key."""
        candidate = self.env["party.candidate"].create(
            {
                "name": "Ứng viên",
                "organization_id": self.cell_2.id,
                "company_id": self.company.id,
            }
        )
        with self.assertUnchanged(candidate):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.candidate",
                "write",
                [candidate.ids, {"stage": "admitted"}],
                context={"party_candidate_admitting": True},
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.candidate",
                "write",
                [candidate.ids, {"official_member_count": 1, "votes_for": 1}],
            )
        self.assertFalse(candidate.member_id)
