# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.tests import tagged

from .common import PartyDocsCase

TODAY = date(2026, 5, 20)


@tagged("post_install", "-at_install")
class TestAbsenceReminder(PartyDocsCase):
    """Unexcused absences in a row (rule ``unexcused_absences``)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.absent, cls.back = cls.env["party.member"].create(
            [
                {
                    "name": name,
                    "birth_date": date(1985, 3, 2),
                    "organization_id": cls.cell_1.id,
                    "company_id": cls.company.id,
                    "admission_decision_date": date(2015, 3, 2),
                    "admission_date": date(2015, 3, 2),
                    "official_date": date(2016, 3, 2),
                }
                for name in ("Vắng Mãi", "Đã Trở Lại")
            ]
        )
        (cls.absent | cls.back)._create_initial_events()
        cls._held(datetime(2026, 3, 10, 1), "unexcused", "unexcused")
        cls._held(datetime(2026, 4, 10, 1), "unexcused", "present")

    @classmethod
    def _held(cls, when, absent_state, back_state):
        meeting = cls.env["party.meeting"].create(
            {
                "organization_id": cls.cell_1.id,
                "kind": "regular",
                "date_start": when,
                "attendance_ids": [
                    (0, 0, {"member_id": cls.absent.id, "state": absent_state}),
                    (0, 0, {"member_id": cls.back.id, "state": back_state}),
                ],
            }
        )
        meeting.sudo().state = "held"
        return meeting

    def _activities(self, member):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", "unexcused_absences"),
                ("res_model", "=", "party.member"),
                ("res_id", "=", member.id),
            ]
        )

    def _run(self, day=TODAY):
        self.env["party.reminder"]._run(day, ["unexcused_absences"])

    def test_two_in_a_row(self):
        """Two unexcused absences in a row raise one reminder (run twice); an
        absence followed by attendance does not."""
        self._run()
        self._run()
        self.assertEqual(len(self._activities(self.absent)), 1)
        self.assertFalse(self._activities(self.back))
        self.assertEqual(self._activities(self.absent).user_id, self.user_office)

    def test_closed_when_member_attends(self):
        """Attending the next meeting closes the reminder."""
        self._run()
        self._held(datetime(2026, 5, 12, 1), "present", "present")
        self._run()
        self.assertFalse(self._activities(self.absent))

    def test_count_from_settings(self):
        """The number of meetings in a row is the company's setting."""
        Rule = self.env["party.reminder.rule"]
        Rule._ensure_rows(self.company)
        Rule.search(
            [("rule", "=", "unexcused_absences"), ("company_id", "=", self.company.id)]
        ).delay = 3
        self._run()
        self.assertFalse(self._activities(self.absent))
