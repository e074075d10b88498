# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged

from ..engine import lifecycle
from .lifecycle_common import PartyLifecycleCase


@tagged("post_install", "-at_install")
class TestRulesRecognitionEngine(PartyLifecycleCase):
    def test_outcome_two_thirds_either_way(self):
        """Two thirds recognise, two thirds remove, else inconclusive (Quy định
        294-QĐ/TW, point 4.2)."""
        outcome = lifecycle.recognition_vote_outcome
        self.assertEqual(outcome(6, 3, 9), lifecycle.OUTCOME_RECOGNISE)
        self.assertEqual(outcome(3, 6, 9), lifecycle.OUTCOME_REMOVE)
        self.assertEqual(outcome(5, 4, 9), lifecycle.OUTCOME_INCONCLUSIVE)
        self.assertEqual(outcome(5, 0, 9), lifecycle.OUTCOME_INCONCLUSIVE)
        self.assertEqual(outcome(0, 0, 0), lifecycle.OUTCOME_INCONCLUSIVE)
        self.assertFalse(lifecycle.escalates(2))
        self.assertTrue(lifecycle.escalates(3))


@freeze_time("2026-07-01")
@tagged("post_install", "-at_install")
class TestRulesRecognition(PartyLifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # Ceremony 01/06/2025: the 12 months end on 01/06/2026.
        cls.probationary = cls._member(
            "Lê Văn Dự Bị", cls.cell_2, admitted=date(2025, 6, 1)
        )
        # Nine official members in cell 2: the live base of the vote.
        for index in range(3, 9):
            cls._member(
                f"Đảng viên chính thức {index}",
                cls.cell_2,
                admitted=date(2010, 5, 19),
                official=date(2011, 5, 19),
            )

    def _wizard(self, member=None, user=None, **vals):
        Wizard = self.env["party.member.recognition.wizard"]
        if user:
            Wizard = Wizard.with_user(user)
        values = {
            "member_id": (member or self.probationary).id,
            "vote_date": date(2026, 6, 15),
            "decision_date": date(2026, 6, 20),
            **vals,
        }
        return Wizard.create(values)

    def test_vote_before_end_of_probation_refused(self):
        """The branch votes only after the 12 months end (Quy định 294-QĐ/TW, 4.2)."""
        wizard = self._wizard(
            vote_date=date(2025, 12, 1), votes_for=9, outcome="recognise"
        )
        with self.assertRaises(ValidationError):
            wizard.action_confirm()
        self.assertEqual(self.probationary.state, "probationary")
        self.assertFalse(self.probationary.official_date)

    def test_recognition_stores_vote_date(self):
        """Two thirds of the official members recognise; the vote date is
        stored, the official date is the end of month 12 (294-QĐ/TW, 4.2)."""
        wizard = self._wizard(votes_for=6, votes_against=3, outcome="recognise")
        self.assertEqual(wizard.official_member_count, 9)
        wizard.action_confirm()
        member = self.probationary
        self.assertEqual(member.state, "official")
        self.assertEqual(member.official_date, date(2026, 6, 1))
        self.assertEqual(member.recognition_vote_date, date(2026, 6, 15))

    def test_split_vote_does_not_remove(self):
        """5 for and 4 against of 9, or 5 for with 4 absent, reach two thirds
        neither way: nobody is removed (QA #11; Quy định 294-QĐ/TW, 4.2)."""
        for outcome in ("remove", "recognise"):
            wizard = self._wizard(
                votes_for=5, votes_against=4, outcome=outcome, confirm_removal=True
            )
            with self.subTest(outcome=outcome), self.assertRaises(ValidationError):
                wizard.action_confirm()
        self._wizard(votes_for=5, outcome="inconclusive").action_confirm()
        member = self.probationary
        self.assertEqual(member.state, "probationary")
        removals = self.env["party.decision"].search(
            [("member_ids", "in", member.ids), ("decision_type", "=", "removal")]
        )
        self.assertFalse(removals)
        self.assertEqual(member.recognition_inconclusive_votes, 1)

    def test_default_values_refused(self):
        """QA #4: no removal by default values; a vote needs its numbers and an
        explicit outcome, and a removal an explicit confirmation."""
        with self.assertRaises(UserError):
            self._wizard().action_confirm()
        with self.assertRaises(UserError):
            self._wizard(outcome="remove", confirm_removal=True).action_confirm()
        with self.assertRaises(UserError):
            self._wizard(votes_against=7).action_confirm()  # no outcome chosen
        with self.assertRaises(UserError):
            self._wizard(votes_against=7, outcome="remove").action_confirm()
        self.assertEqual(self.probationary.state, "probationary")

    def test_removal_needs_two_thirds_against(self):
        """Removal of a probationer also needs two thirds (294-QĐ/TW, 4.2),
        and is not dated before the vote (QA #11)."""
        wizard = self._wizard(
            votes_against=6,
            outcome="remove",
            confirm_removal=True,
            decision_date=date(2026, 6, 10),
        )
        with self.assertRaises(ValidationError):
            wizard.action_confirm()
        wizard.decision_date = date(2026, 6, 20)
        wizard.action_confirm()
        member = self.probationary
        self.assertEqual(member.state, "removed")
        event = self._events(member, "removal")
        self.assertEqual(event.date, date(2026, 6, 20))
        self.assertEqual(member.recognition_vote_date, date(2026, 6, 15))

    def test_three_inconclusive_votes_escalate(self):
        """After three votes reaching two thirds neither way, the case goes to
        the committee above with an activity, not removed (294-QĐ/TW, 4.2)."""
        for day in (15, 22, 29):
            self._wizard(
                user=self.user_office,
                vote_date=date(2026, 6, day),
                decision_date=date(2026, 6, 30),
                votes_for=4,
                votes_against=4,
                outcome="inconclusive",
            ).action_confirm()
        member = self.probationary
        self.assertEqual(member.state, "probationary")
        self.assertEqual(member.recognition_inconclusive_votes, 3)
        self.assertTrue(member.recognition_escalated)
        activity = member.activity_ids.filtered(lambda a: a.user_id == self.user_office)
        self.assertEqual(len(activity), 1)
        # A fourth branch vote is refused; the committee's decision is recorded.
        with self.assertRaises(UserError):
            self._wizard(
                vote_date=date(2026, 6, 30), votes_for=4, outcome="inconclusive"
            ).action_confirm()
        self._wizard(
            vote_date=date(2026, 6, 30),
            decision_date=date(2026, 6, 30),
            decision_number="31-QĐ/ĐU",
            outcome="recognise",
        ).action_confirm()
        self.assertEqual(member.state, "official")
        self.assertFalse(member.recognition_escalated)

    def test_home_branch_votes_temporarily_transferred(self):
        """The home branch votes on a temporarily transferred probationer
        (Quy định 294-QĐ/TW, 4.2)."""
        member = self.probationary
        member._add_event(
            "temporary_transfer_out", date(2025, 12, 1), to_external="Đảng bộ phường Y"
        )
        self.assertEqual(member.state, "temporarily_transferred")
        self.assertEqual(member.organization_id, self.cell_2)
        wizard = self._wizard(votes_for=6, outcome="recognise")
        self.assertEqual(wizard.official_member_count, 9)
        wizard.action_confirm()
        self.assertEqual(member.official_date, date(2026, 6, 1))
        self.assertTrue(self._events(member, "official_recognition"))
