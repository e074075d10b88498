# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError, ValidationError
from odoo.tests import Form, tagged

from .lifecycle_common import PartyLifecycleCase


@tagged("post_install", "-at_install")
class TestRecognition(PartyLifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.probationary = cls._member(
            "Vũ Thị Dự Bị", cls.cell_2, admitted=date(2024, 2, 29)
        )
        # Nine official members in cell 2: the live base of the vote.
        for index in range(3, 9):
            cls._member(
                f"Đảng viên chính thức {index}",
                cls.cell_2,
                admitted=date(2010, 5, 19),
                official=date(2011, 5, 19),
            )

    def _vote(self, votes_for, member=None, outcome="recognise", against=0):
        member = member or self.probationary
        action = member.action_open_recognition_wizard()
        with Form(
            self.env[action["res_model"]].with_context(**action["context"])
        ) as wizard:
            wizard.vote_date = date(2025, 3, 20)
            wizard.votes_for = votes_for
            wizard.votes_against = against
            wizard.outcome = outcome
            self.assertEqual(wizard.official_member_count, 9)
            wizard.decision_number = "20-QĐ/ĐU"
            wizard.decision_date = date(2025, 3, 25)
        return wizard.save().action_confirm()

    def test_recognition_dated_end_of_month_twelve(self):
        """Two thirds recognise; the date is the end of the 12 months of probation."""
        self._vote(6)
        member = self.probationary
        self.assertEqual(member.state, "official")
        self.assertEqual(member.official_date, date(2025, 2, 28))
        event = self._events(member, "official_recognition")
        self.assertEqual(event.date, date(2025, 2, 28))
        self.assertEqual(event.decision_id.decision_type, "official_recognition")
        self.assertEqual(event.decision_id.name, "20-QĐ/ĐU")
        self.assertEqual(event.decision_id.issuer_organization_id, self.committee)

    def test_failed_vote_is_inconclusive(self):
        """Fewer than two thirds either way removes no one (Quy định 294-QĐ/TW, 4.2)."""
        self._vote(5, outcome="inconclusive", against=4)
        member = self.probationary
        self.assertEqual(member.state, "probationary")
        self.assertFalse(self._events(member, "removal"))
        self.assertEqual(member.recognition_inconclusive_votes, 1)
        self.assertEqual(member.recognition_vote_date, date(2025, 3, 20))
        self.assertFalse(member.official_date)

    def test_only_probationary(self):
        """Only a probationary member can be recognised."""
        with self.assertRaises(UserError):
            self._vote(9, member=self.officials[0])

    def test_vote_deadline(self):
        """The branch votes within 30 working days after the probation ends."""
        self.assertEqual(self.probationary.probation_end_date, date(2025, 2, 28))
        self.assertEqual(self.probationary.recognition_vote_deadline, date(2025, 4, 11))


@tagged("post_install", "-at_install")
class TestStatusWizards(PartyLifecycleCase):
    def _run(self, member, event_type, on_date=date(2026, 3, 2)):
        action = member.with_context(
            party_event_type=event_type
        ).action_open_status_wizard()
        with Form(
            self.env[action["res_model"]].with_context(**action["context"])
        ) as wizard:
            wizard.date = on_date
            wizard.decision_number = f"{event_type}-QĐ/ĐU"
            wizard.decision_date = on_date
            wizard.reason = "Lý do"
        return wizard.save().action_confirm()

    def _check(self, member, event_type, state, decision_type):
        event = self._events(member, event_type)
        self.assertEqual(len(event), 1)
        self.assertEqual(member.state, state)
        self.assertEqual(event.decision_id.decision_type, decision_type)
        self.assertEqual(event.decision_id.name, f"{event_type}-QĐ/ĐU")
        self.assertIn(member, event.decision_id.member_ids)

    def test_each_wizard_writes_event_and_decision(self):
        """Exemption, removal, expulsion, leaving and death each write the event
        and its decision."""
        cases = [
            ("exemption", "exempt", "exemption"),
            ("removal", "removed", "removal"),
            ("expulsion", "expelled", "expulsion"),
            ("leave", "left", "leave"),
            ("death", "deceased", "death"),
        ]
        for event_type, state, decision_type in cases:
            with self.subTest(event_type=event_type):
                member = self._member(
                    f"Đảng viên {event_type}",
                    self.cell_2,
                    date(2001, 1, 8),
                    official=date(2002, 1, 8),
                )
                self._run(member, event_type)
                self._check(member, event_type, state, decision_type)

    def test_exemption_end(self):
        """The end of an exemption is recorded with its decision."""
        member = self.officials[0]
        self._run(member, "exemption", date(2026, 1, 5))
        self._run(member, "exemption_end", date(2026, 6, 1))
        self._check(member, "exemption_end", "official", "exemption")

    def test_expulsion_is_a_discipline(self):
        """Expulsion is recorded as a discipline of form expulsion."""
        member = self.officials[1]
        self._run(member, "expulsion")
        discipline = self.env["party.discipline"].search(
            [("member_id", "=", member.id)]
        )
        self.assertEqual(discipline.form, "expulsion")
        self.assertEqual(discipline.event_id, self._events(member, "expulsion"))

    def test_branch_decides_exemption(self):
        """The branch decides an exemption: its secretary records it, issued by the cell."""
        member = self.officials[0]
        self._run(member.with_user(self.user_secretary), "exemption")
        event = self._events(member, "exemption")
        self.assertEqual(member.state, "exempt")
        self.assertEqual(event.decision_id.issuer_organization_id, self.cell_2)

    def test_invalid_transition_refused(self):
        """A status change that cannot follow the current state is refused."""
        with self.assertRaises(ValidationError):
            self._run(self.officials[2], "exemption_end")

    def test_leave_refused_with_pending_discipline(self):
        """Leaving at own request is refused while a discipline is pending."""
        member = self.officials[2]
        decision = self.env["party.decision"].create(
            {
                "name": "3-QĐ/ĐU",
                "decision_type": "discipline",
                "issuer_organization_id": self.committee.id,
                "state": "draft",
                "company_id": self.company.id,
            }
        )
        discipline = self.env["party.discipline"].create(
            {
                "member_id": member.id,
                "decision_id": decision.id,
                "form": "warning",
                "date": date(2025, 12, 2),
            }
        )
        with self.assertRaises(UserError):
            self._run(member, "leave")
        decision.action_sign()
        # QA #32: a signed warning of three months is still in its hold
        # period (9 months): the member has a violation on record.
        with self.assertRaisesText(UserError, "hold period on 02/03/2026"):
            self._run(member, "leave")
        self.assertEqual(member.state, "official")
        discipline.date = date(2025, 6, 1)  # the 9 months ended on 01/03/2026
        self._run(member, "leave")
        self.assertEqual(member.state, "left")

    def test_leave_refused_while_violation_under_review(self):
        """QA #32: an open inspection or discipline procedure blocks leaving."""
        member = self.officials[2]
        member.violation_review_open = True
        with self.assertRaisesText(UserError, "under review"):
            self._run(member, "leave")
        self.assertEqual(member.state, "official")
        member.violation_review_open = False
        self._run(member, "leave")
        self.assertEqual(member.state, "left")
