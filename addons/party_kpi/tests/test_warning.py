# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime, time, timedelta

from odoo import fields
from odoo.tests import tagged

from odoo.addons.party_org.tools import working_days

from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestEarlyWarning(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Warning = cls.env["party.early.warning"]
        cls.today = fields.Date.context_today(cls.Warning)

    def _activities(self, rule, record):
        return self.env["mail.activity"].search(
            [
                ("party_warning_rule", "=", rule),
                ("res_model", "=", record._name),
                ("res_id", "=", record.id),
            ]
        )

    def _probationary(self, name, days_ago, cell=None):
        admitted = self.today - timedelta(days=days_ago)
        return self._member(
            name, cell or self.cell_1, admitted, admission_date=admitted
        )

    def test_probation_ending(self):
        """A probation ending within 30 days raises one activity, not twice."""
        soon = self._probationary("Sắp hết dự bị", 350)
        later = self._probationary("Còn lâu", 200)
        self.Warning._run(self.today, ["probation_ending"])
        self.assertEqual(len(self._activities("probation_ending", soon)), 1)
        self.assertFalse(self._activities("probation_ending", later))
        self.Warning._run(self.today, ["probation_ending"])
        self.assertEqual(len(self._activities("probation_ending", soon)), 1)

    def test_recognition_overdue(self):
        """No recognition 30 working days after the probation's end is overdue."""
        overdue = self._probationary("Quá hạn công nhận", 450)
        recognised = self._probationary("Đã công nhận", 450)
        recognised._add_event("official_recognition", recognised.probation_end_date)
        self.Warning._run(self.today, ["recognition_overdue"])
        self.assertTrue(self._activities("recognition_overdue", overdue))
        self.assertFalse(self._activities("recognition_overdue", recognised))

    def test_recognition_overdue_counts_holidays(self):
        """The 30 working days of the recognition vote skip the company's
        holidays: a Tết break is not counted (Quy định 294-QĐ/TW, point 4.2)."""
        member = self._probationary("Nghỉ Tết", 412)
        end = member.probation_end_date
        calendar = member.company_id.resource_calendar_id
        calendar.tz = "Asia/Ho_Chi_Minh"
        start, stop = working_days.utc_bounds(
            end + timedelta(days=3), end + timedelta(days=16), "Asia/Ho_Chi_Minh"
        )
        self.env["resource.calendar.leaves"].create(
            {
                "name": "Tết",
                "calendar_id": calendar.id,
                "date_from": start,
                "date_to": stop,
            }
        )
        member.invalidate_recordset(["recognition_vote_deadline"])
        # A flat 42 days would have flagged it; 30 working days have not passed.
        self.assertLess(end, self.today - timedelta(days=42))
        self.assertGreaterEqual(member.recognition_vote_deadline, self.today)
        self.Warning._run(self.today, ["recognition_overdue"])
        self.assertFalse(self._activities("recognition_overdue", member))

    def test_term_ending(self):
        """A term ending within 90 days warns its organisation."""
        self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": self.today - timedelta(days=900),
                "date_end": self.today + timedelta(days=60),
            }
        )
        self.Warning._run(self.today, ["term_ending"])
        self.assertTrue(self._activities("term_ending", self.cell_1))
        self.assertFalse(self._activities("term_ending", self.cell_2))

    def test_assigned_to_secretary(self):
        """The activity goes to the secretary of the member's cell."""
        self.env["party.position"].create(
            {
                "organization_id": self.cell_2.id,
                "employee_id": self.employee_secretary.id,
                "term_id": self.term.id,
                "role": "secretary",
                "date_start": self.today - timedelta(days=30),
            }
        )
        member = self._probationary("Có bí thư", 350, self.cell_2)
        self.Warning._run(self.today, ["probation_ending"])
        activity = self._activities("probation_ending", member)
        self.assertEqual(activity.user_id, self.user_secretary)

    def test_transfer_overdue(self):
        """A draft transfer past its deadline is overdue (with transfers)."""
        if "party.transfer" not in self.env:
            self.assertEqual(self.Warning._warn_transfer_overdue(self.today), [])
            return
        member = self._official("Chuyển đi", self.cell_1)
        transfer = self.env["party.transfer"].create(
            {
                "member_id": member.id,
                "kind": "official",
                "direction": "out",
                "company_id": self.company.id,
                "job_change_date": self.today - timedelta(days=200),
            }
        )
        self.Warning._run(self.today, ["transfer_overdue"])
        self.assertTrue(self._activities("transfer_overdue", transfer))

    def test_unpaid_fees(self):
        """Three unpaid fee months in the year warn the member (with fees)."""
        if "party.fee.line" not in self.env:
            self.assertEqual(self.Warning._warn_unpaid_fees(self.today), [])
            return
        member = self._official("Nợ đảng phí", self.cell_1)
        day = date(self.today.year, 5, 15)
        self.env["party.fee.line"].create(
            [
                {
                    "member_id": member.id,
                    "company_id": self.company.id,
                    "organization_id": self.cell_1.id,
                    "month": date(day.year, month, 1),
                    "amount_due": 50000,
                }
                for month in (1, 2, 3)
            ]
        )
        self.Warning._run(day, ["unpaid_fees"])
        self.assertTrue(self._activities("unpaid_fees", member))

    def test_no_regular_meeting(self):
        """A cell without a regular meeting planned or held this month is flagged."""
        self._meeting(
            self.cell_1,
            "regular",
            datetime.combine(self.today, time(1)),
            ["invited"],
            held=False,
        )
        self.Warning._run(self.today, ["no_regular_meeting"])
        self.assertFalse(self._activities("no_regular_meeting", self.cell_1))
        self.assertTrue(self._activities("no_regular_meeting", self.cell_2))

    def test_unexcused_absences(self):
        """Two unexcused absences in a row warn the member; an absence
        followed by attendance does not."""
        absent, back = self._members(2, self.cell_1, "Vắng")
        first = datetime.combine(self.today - timedelta(days=40), time(1))
        second = datetime.combine(self.today - timedelta(days=10), time(1))
        self._meeting(
            self.cell_1, "regular", first, ["unexcused", "unexcused"], absent | back
        )
        self._meeting(
            self.cell_1, "regular", second, ["unexcused", "present"], absent | back
        )
        self.Warning._run(self.today, ["unexcused_absences"])
        self.assertTrue(self._activities("unexcused_absences", absent))
        self.assertFalse(self._activities("unexcused_absences", back))

    def test_badge_due(self):
        """A member reaching a badge milestone at the next occasion is flagged
        (with badges)."""
        if "party.badge.award" not in self.env:
            self.assertEqual(self.Warning._warn_badge_due(self.today), [])
            return
        member = self._official(
            "Huy hiệu", self.cell_1, admitted=self.today - timedelta(days=365 * 30 - 20)
        )
        self.Warning._run(self.today, ["badge_due"])
        self.assertTrue(self._activities("badge_due", member))

    def test_two_rules_on_one_record(self):
        """Two warnings on one record in the same run are both raised."""
        member = self._probationary("Hai cảnh báo", 350)
        self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": self.today - timedelta(days=900),
                "date_end": self.today + timedelta(days=60),
            }
        )
        found = self.Warning._warn_probation_ending(self.today)
        found = [("probation_ending", *row) for row in found] + [
            ("recognition_overdue", member, self.today, "Thử"),
        ]
        self.Warning._create_activities(found)
        self.assertEqual(len(member.activity_ids), 2)
