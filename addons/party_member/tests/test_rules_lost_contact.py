# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Lost contact (mất liên lạc) is a kind of exit (issue #10): a history event
and a state, deducted from party age until contact is restored; the ways out
are the restoration of contact, removal or death (Quy định 294-QĐ/TW;
Hướng dẫn 12-HD/BTCTW; DOMAIN §2 "Party age")."""

from datetime import date

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import BaseCase, Form, tagged

from ..engine import member_state
from ..engine.party_age import (
    CONTACT_RESTORED,
    EVENT_TYPES,
    LOST_CONTACT,
    compute_party_age,
    gaps,
)
from .test_red_team_lifecycle import LifecycleRedTeamCase

OFFICIAL = [
    ("admission", date(2000, 1, 1)),
    ("official_recognition", date(2001, 1, 1)),
]


@tagged("post_install", "-at_install")
class TestLostContactEngine(BaseCase):
    def test_lost_contact_is_a_history_event(self):
        """Lost contact and its restoration are real event types with transitions."""
        self.assertIn(LOST_CONTACT, EVENT_TYPES)
        self.assertIn(CONTACT_RESTORED, EVENT_TYPES)
        self.assertTrue(member_state.check_event_types())

    def test_state_and_ways_out(self):
        """Lost contact is an exit state; restored keeps the grade; removal and death follow."""
        lost = [*OFFICIAL, (LOST_CONTACT, date(2010, 1, 1))]
        self.assertEqual(member_state.state_after(lost), "lost_contact")
        self.assertIn("lost_contact", member_state.EXIT_STATES)
        self.assertNotIn("lost_contact", member_state.IN_PARTY_STATES)
        back = [*lost, (CONTACT_RESTORED, date(2011, 1, 1))]
        self.assertEqual(member_state.state_after(back), "official")
        removed = [*lost, ("removal", date(2011, 1, 1))]
        self.assertEqual(member_state.state_after(removed), "removed")
        # readmission follows the removal, not the lost contact itself
        self.assertEqual(
            member_state.state_after([*removed, ("readmission", date(2015, 1, 1))]),
            "probationary",
        )
        self.assertEqual(
            member_state.state_after([*lost, ("death", date(2012, 1, 1))]), "deceased"
        )
        for refused in ("readmission", "leave", "transfer_out", "exemption"):
            with (
                self.subTest(refused=refused),
                self.assertRaises(member_state.InvalidTransition),
            ):
                member_state.state_after([*lost, (refused, date(2011, 1, 1))])
        with self.assertRaises(member_state.InvalidTransition):
            member_state.state_after([*OFFICIAL, (CONTACT_RESTORED, date(2011, 1, 1))])

    def test_probationer_keeps_grade_across_lost_contact(self):
        """A probationer out of contact is probationary again when contact is restored."""
        events = [
            ("admission", date(2020, 1, 1)),
            (LOST_CONTACT, date(2020, 6, 1)),
            (CONTACT_RESTORED, date(2020, 9, 1)),
        ]
        self.assertEqual(member_state.state_after(events), "probationary")

    def test_party_age_deducts_until_restored(self):
        """The time out of contact is deducted; the age stops while out (Điều lệ, Điều 5.4)."""
        events = [
            *OFFICIAL,
            (LOST_CONTACT, date(2010, 1, 1)),
            (CONTACT_RESTORED, date(2012, 1, 1)),
        ]
        age = compute_party_age(date(2000, 1, 1), events, date(2025, 1, 1))
        self.assertEqual((age.years, age.months), (23, 0))
        self.assertEqual(
            gaps(date(2000, 1, 1), events), ((date(2010, 1, 1), date(2012, 1, 1)),)
        )
        still_out = compute_party_age(date(2000, 1, 1), events[:3], date(2025, 1, 1))
        self.assertEqual((still_out.years, still_out.months), (10, 0))


@tagged("post_install", "-at_install")
class TestLostContactWizard(LifecycleRedTeamCase):
    def _status(self, event_type, user=None, **vals):
        Wizard = self.env["party.member.status.wizard"]
        if user:
            Wizard = Wizard.with_user(user)
        return Wizard.create(
            {
                "member_id": self.ours.id,
                "event_type": event_type,
                "date": date(2020, 3, 2),
                "decision_date": date(2020, 3, 2),
                "reason": "Không liên lạc được từ 2019",
                **vals,
            }
        )

    def test_office_records_lost_contact_then_restores(self):
        """The office records lost contact (decision, reason); party age stops, then resumes."""
        self._status("lost_contact", decision_number="7-QĐ/ĐU").action_confirm()
        member = self.ours
        self.assertEqual(member.state, "lost_contact")
        event = member.event_ids.filtered(lambda e: e.event_type == "lost_contact")
        self.assertEqual(event.decision_id.name, "7-QĐ/ĐU")
        self.assertEqual(event.note, "Không liên lạc được từ 2019")
        self.assertEqual(
            member.with_context(party_age_date="2025-03-02").party_age_years, 5
        )
        self._status("contact_restored", date=date(2022, 3, 2)).action_confirm()
        member.invalidate_recordset()
        self.assertEqual(member.state, "official")
        self.assertEqual(
            member.with_context(party_age_date="2025-03-02").party_age_years, 8
        )

    def test_lost_contact_then_removal(self):
        """A member out of contact can be removed (xóa tên)."""
        self._status("lost_contact").action_confirm()
        self._status("removal", date=date(2021, 3, 2)).action_confirm()
        self.assertEqual(self.ours.state, "removed")

    def test_lost_contact_needs_reason(self):
        """Lost contact is recorded with its grounds."""
        wizard = self._status("lost_contact", reason=False)
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.ours.state, "official")

    def test_lost_contact_is_office_only(self):
        """A branch secretary cannot record lost contact (grassroots committee)."""
        with self.assertRaises(AccessError):
            self._status("lost_contact", user=self.user_secretary)
        self.assertEqual(self.ours.state, "official")

    def test_no_restoration_without_lost_contact(self):
        """Contact is restored only for a member out of contact."""
        with self.assertRaises(ValidationError):
            self._status("contact_restored").action_confirm()

    def test_lost_contact_through_the_member_form(self):
        """The member form's Lost Contact button opens the wizard on that change."""
        action = self.ours.with_context(
            party_event_type="lost_contact"
        ).action_open_status_wizard()
        with Form(
            self.env[action["res_model"]].with_context(**action["context"])
        ) as wizard:
            self.assertEqual(wizard.event_type, "lost_contact")
            wizard.date = date(2020, 3, 2)
            wizard.decision_date = date(2020, 3, 2)
            wizard.reason = "Không liên lạc được"
        wizard.save().action_confirm()
        self.assertEqual(self.ours.state, "lost_contact")
