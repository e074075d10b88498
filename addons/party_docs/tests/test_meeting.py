# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from freezegun import freeze_time

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestMeeting(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Meeting = cls.env["party.meeting"]
        cls.decision = cls.env["party.decision"].create(
            {
                "name": "15-QĐ/ĐU",
                "date": date(2019, 1, 10),
                "decision_type": "admission",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )
        cls.member_official = cls._member("Trần Văn An", cls.user_reader, official=True)
        cls.member_probation = cls._member(
            "Lê Thị Bình", cls.user_member, official=False
        )
        cls.member_other = cls._member(
            "Phạm Văn Cường", cls.user_outsider, official=True, cell=cls.cell_2
        )

    @classmethod
    def _member(cls, name, user, official=True, cell=None):
        member = cls.env["party.member"].create(
            {
                "name": name,
                "organization_id": (cell or cls.cell_1).id,
                "company_id": cls.company.id,
                "user_id": user.id,
            }
        )
        member._add_event("admission", date(2020, 3, 2), decision=cls.decision)
        if official:
            member._add_event("official_recognition", date(2021, 3, 2))
        return member

    def _meeting(self, **vals):
        values = {
            "organization_id": self.cell_1.id,
            "kind": "regular",
            "date_start": datetime(2025, 5, 10, 1, 0),
            "place": "Phòng họp số 1",
        }
        values.update(vals)
        return self.Meeting.create(values)

    def test_checkin_token_from_the_token_mixin(self):
        """Inviting gives the meeting a check-in token of party.token.mixin;
        its QR code encodes /party/meeting/<token>/checkin; a meeting set
        back to draft and invited again gets a new token."""
        meeting = self._meeting()
        self.assertIsInstance(meeting, self.env.registry["party.token.mixin"])
        meeting.action_invite()
        token = meeting.checkin_token
        self.assertEqual(len(token), 32)
        url = f"{meeting.get_base_url()}/party/meeting/{token}/checkin"
        self.assertEqual(meeting._party_token_url(), url)
        self.assertEqual(meeting.checkin_qr, meeting._party_qr_png(url))
        meeting.action_cancel()
        meeting.action_reset_draft()
        self.assertFalse(meeting.checkin_token)
        meeting.action_invite()
        self.assertNotEqual(meeting.checkin_token, token)

    def test_default_invitees_are_official_and_probationary_members(self):
        """A new meeting invites its organisation's official and probationary members."""
        meeting = self._meeting()
        self.assertEqual(
            meeting.attendance_ids.member_id,
            self.member_official | self.member_probation,
        )

    def test_invitations_are_notifications(self):
        """Sending invitations notifies every invitee in Odoo and opens the check-in."""
        meeting = self._meeting()
        meeting.action_invite()
        self.assertEqual(meeting.state, "invited")
        self.assertTrue(meeting.checkin_token)
        notified = (
            self.env["mail.notification"]
            .search(
                [
                    ("mail_message_id.model", "=", "party.meeting"),
                    ("mail_message_id.res_id", "=", meeting.id),
                ]
            )
            .res_partner_id
        )
        self.assertEqual(notified, (self.user_reader | self.user_member).partner_id)

    def test_check_in_marks_invitee_present_or_late(self):
        """Checking in marks an invitee present, late after 15 minutes; others are refused."""
        meeting = self._meeting()
        meeting.action_invite()
        with freeze_time("2025-05-10 01:05:00"):
            attendance = meeting._check_in(self.user_reader)
        self.assertEqual(attendance.state, "present")
        with freeze_time("2025-05-10 01:30:00"):
            self.assertEqual(meeting._check_in(self.user_member).state, "late")
        self.assertFalse(meeting._check_in(self.user_outsider))
        self.assertEqual(meeting.attendance_rate, 100.0)

    def test_mark_held_sets_absent_and_rate(self):
        """Invitees not recorded when the meeting closes are absent without excuse."""
        meeting = self._meeting()
        meeting.action_invite()
        with freeze_time("2025-05-10 01:05:00"):
            meeting._check_in(self.user_reader)
        meeting.action_mark_held()
        states = dict((a.member_id, a.state) for a in meeting.attendance_ids)
        self.assertEqual(states[self.member_probation], "unexcused")
        self.assertEqual(meeting.attendance_rate, 50.0)

    def test_two_thirds_vote(self):
        """An item under the 2/3 rule passes with two thirds of official members."""
        meeting = self._meeting()
        meeting.action_invite()
        with freeze_time("2025-05-10 01:05:00"):
            meeting._check_in(self.user_reader)
            meeting._check_in(self.user_member)
        item = self.env["party.meeting.agenda"].create(
            {
                "meeting_id": meeting.id,
                "name": "Đề nghị kết nạp",
                "vote_rule": "two_thirds",
            }
        )
        self.assertEqual(item.official_member_count, 1)
        item.votes_for = 1
        self.assertTrue(item.is_passed)
        # The probationary member present does not vote (Điều lệ Đảng, Điều 5).
        item.write({"official_member_count": 3, "votes_for": 1})
        self.assertFalse(item.is_passed)
        with self.assertRaises(ValidationError):
            item.votes_abstain = 1

    def test_secret_document_refused_in_meeting(self):
        """A secret document cannot be shown in a meeting, nor made secret once shown."""
        secret = self._doc(secrecy="secret")
        with self.assertRaises(ValidationError):
            self._meeting(document_ids=[(6, 0, secret.ids)])
        normal = self._doc(organization_id=self.cell_1.id)
        meeting = self._meeting(document_ids=[(6, 0, normal.ids)])
        self.assertEqual(meeting.document_ids, normal)
        with self.assertRaises(ValidationError):
            normal.secrecy = "confidential"

    def test_invitee_reads_meeting_and_its_documents(self):
        """Invitees read the meeting and its documents; others do not."""
        doc = self._doc(organization_id=self.cell_1.id)
        meeting = self._meeting(document_ids=[(6, 0, doc.ids)])
        self.assertTrue(meeting.with_user(self.user_reader).name)
        self.assertTrue(doc.with_user(self.user_reader).summary)
        with self.assertRaises(AccessError):
            meeting.with_user(self.user_outsider).read(["name"])
        with self.assertRaises(AccessError):
            doc.with_user(self.user_outsider).read(["summary"])

    def test_compliance_per_month_and_quarter(self):
        """Held regular meetings count per month, thematic ones per quarter."""
        regular = self._meeting()
        thematic = self._meeting(kind="thematic", date_start=datetime(2025, 6, 3, 2, 0))
        self._meeting(date_start=datetime(2025, 6, 10, 1, 0))  # never held
        (regular | thematic).action_invite()
        (regular | thematic).action_mark_held()
        result = self.Meeting._get_meeting_compliance(
            self.cell_1 | self.cell_2, date(2025, 5, 1), date(2025, 6, 30)
        )
        self.assertEqual(
            result[self.cell_1.id]["months"], {(2025, 5): True, (2025, 6): False}
        )
        self.assertEqual(result[self.cell_1.id]["quarters"], {(2025, 2): True})
        self.assertEqual(result[self.cell_2.id]["regular_ok"], 0)

    def test_monthly_reminder_to_cell_secretary(self):
        """Cells without a regular meeting this month remind their secretary
        once; the reminder closes when a meeting is planned."""
        term_1 = self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        self.env["party.position"].create(
            {
                "organization_id": self.cell_1.id,
                "term_id": term_1.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cron = self.env.ref("party_org.ir_cron_party_reminders")
        with freeze_time("2025-07-02"):
            cron.method_direct_trigger()
            cron.method_direct_trigger()
            activities = self._meeting_reminders(self.cell_1)
            self.assertEqual(activities.user_id, self.user_secretary)
            self.assertEqual(len(activities), 1)
            self.assertEqual(activities.date_deadline, date(2025, 7, 31))
        with freeze_time("2025-08-02"):
            cron.method_direct_trigger()
            activities = self._meeting_reminders(self.cell_1)
            self.assertEqual(len(activities), 1, "still one, moved to August")
            self.assertEqual(activities.date_deadline, date(2025, 8, 31))
            self._meeting(date_start=datetime(2025, 8, 20, 1, 0))
            cron.method_direct_trigger()
            self.assertFalse(
                self._meeting_reminders(self.cell_1), "a meeting is planned for August"
            )

    def _meeting_reminders(self, cell):
        return cell.activity_ids.filtered(
            lambda a: a.party_warning_rule == "no_regular_meeting"
        )

    def test_minutes_render_and_conclusion_document(self):
        """The minutes render with attendance and votes; the conclusion becomes a document."""
        meeting = self._meeting(conclusion="<p>Chi bộ thống nhất kế hoạch quý III.</p>")
        meeting.action_invite()
        with freeze_time("2025-05-10 01:05:00"):
            meeting._check_in(self.user_reader)
        meeting.action_mark_held()
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html("party_docs.report_party_meeting_minutes", meeting.ids)[
                0
            ]
            .decode()
        )
        self.assertIn("BIÊN BẢN", html)
        self.assertIn("Trần Văn An", html)
        meeting.action_create_conclusion_document()
        document = meeting.conclusion_document_id
        self.assertEqual(document.type_id, self.env.ref("party_docs.document_type_kl"))
        self.assertEqual(document.direction, "internal")
        self.assertIn("quý III", str(document.body))
