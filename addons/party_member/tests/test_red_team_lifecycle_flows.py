# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team, through the ORM: the lifecycle wizards check the caller on
the server (security review H6, L7; QA members #3, #4, #25)."""

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
