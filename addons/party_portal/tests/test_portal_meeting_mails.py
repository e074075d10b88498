# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
import zipfile
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common_meetings import PDF, PortalMeetingsCase


@tagged("post_install", "-at_install")
class TestPortalMeetingMails(PortalMeetingsCase, HttpCase):
    """The calendar event of a meeting, the invitations and changes from the
    company's address, the reminders and the export for the national app."""

    def test_invitee_added_later_joins_the_event(self):
        """An invitee added to an announced meeting joins its event and gets
        the invitation; one removed leaves it."""
        member = self._official("Phạm Thị Dung")
        member.user_id = self._user("portal_dung", "base.group_portal", self.company)
        line = self.env["party.meeting.attendance"].create(
            {"meeting_id": self.meeting.id, "member_id": member.id}
        )
        event = self.meeting.calendar_event_id
        self.assertIn(member.user_id.partner_id, event.partner_ids)
        mails = self.env["mail.mail"].search(
            [("model", "=", "party.meeting.attendance"), ("res_id", "=", line.id)]
        )
        self.assertEqual(len(mails), 1)
        line.unlink()
        self.assertNotIn(member.user_id.partner_id, event.partner_ids)

    # Calendar and mails ----------------------------------------------------

    def test_calendar_event_follows_the_meeting(self):
        """Inviting creates a private event with the invitees and reminders a
        day and an hour before; a new time updates it and is mailed; a
        cancelled meeting archives it and is mailed."""
        event = self.meeting.calendar_event_id
        self.assertTrue(event)
        self.assertEqual(event.party_meeting_id, self.meeting)
        self.assertEqual(event.privacy, "private")
        self.assertEqual(event.start, self.meeting.date_start)
        self.assertEqual(event.partner_ids, self.meeting.attendance_ids.partner_id)
        self.assertIn(self.portal_an.partner_id, event.partner_ids)
        self.assertEqual(
            sorted(event.alarm_ids.mapped(lambda a: (a.duration, a.interval))),
            [(1, "days"), (1, "hours")],
        )
        self.assertEqual(set(event.alarm_ids.mapped("alarm_type")), {"email"})
        before = self._mails(self.meeting)
        later = self.meeting.date_start + timedelta(hours=2)
        self.meeting.with_user(self.user_secretary).date_start = later
        self.assertEqual(event.start, later)
        changed = self._mails(self.meeting) - before
        self.assertIn(self.portal_an.partner_id, changed.recipient_ids)
        self.assertTrue(all(mail.subject.startswith("Changed") for mail in changed))
        self.meeting.with_user(self.user_secretary).action_cancel()
        self.assertFalse(event.active)
        cancelled = self._mails(self.meeting) - before - changed
        self.assertTrue(cancelled)
        self.assertTrue(all(m.subject.startswith("Cancelled") for m in cancelled))

    def test_secretary_without_email_invites_from_company(self):
        """QA docs #5: a secretary without an e-mail address invites; the
        invitations go out from the company's address with the .ics, and
        Odoo's own calendar invitation (in the secretary's name) is not sent."""
        self.user_secretary.partner_id.email = False
        meeting = self.env["party.meeting"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": fields.Datetime.now() + timedelta(days=5),
                "place": "Hội trường",
            }
        )
        self.portal_an.partner_id.lang = "vi_VN"
        self.portal_binh.partner_id.lang = "en_US"
        self.env.ref(
            "party_portal.mail_template_party_meeting_invitation"
        ).update_field_translations(
            "subject", {"vi_VN": "Giấy mời: {{ object.meeting_id.name }}"}
        )
        meeting.with_user(self.user_secretary).action_invite()
        self.assertEqual(meeting.state, "invited")
        mails = self._mails(meeting)
        subjects = {mail.recipient_ids: mail.subject for mail in mails}
        self.assertTrue(subjects[self.portal_an.partner_id].startswith("Giấy mời:"))
        self.assertTrue(subjects[self.portal_binh.partner_id].startswith("Invitation:"))
        self.assertEqual(mails.recipient_ids, meeting.attendance_ids.partner_id)
        self.assertEqual(
            set(mails.mapped("email_from")), {self.company.email_formatted}
        )
        for mail in mails:
            self.assertIn("Hội trường", mail.body_html)
            self.assertEqual(mail.attachment_ids.mapped("mimetype"), ["text/calendar"])
            self.assertIn(
                b"BEGIN:VCALENDAR", base64.b64decode(mail.attachment_ids.datas)
            )
        calendar_mails = self.env["mail.mail"].search(
            [
                ("model", "=", "calendar.event"),
                ("res_id", "=", meeting.calendar_event_id.id),
            ]
        )
        self.assertFalse(calendar_mails)

    def test_reminder_from_company_address(self):
        """The calendar alarm's reminder reaches the invitees from the
        company's address."""
        event = self.meeting.calendar_event_id
        alarm = event.alarm_ids[:1]
        attendees = event.attendee_ids.filtered(
            lambda a: a.partner_id == self.portal_an.partner_id
        )
        before = self.env["mail.mail"].search([])
        attendees.with_context(mail_notify_author=True)._send_mail_to_attendees(
            alarm.mail_template_id
        )
        mails = self.env["mail.mail"].search([]) - before
        self.assertEqual(len(mails), 1)
        self.assertEqual(mails.email_from, self.company.email_formatted)
        self.assertEqual(mails.recipient_ids, self.portal_an.partner_id)
        self.assertEqual(attendees.mail_tz, self.company._party_tz())

    # Export ----------------------------------------------------------------

    def test_export_zip(self):
        """The secretary's ZIP holds the schedule, the agenda and the
        non-secret documents, nothing secret; a portal user cannot export."""
        self._force_link_secret()
        meeting = self.meeting.with_user(self.user_secretary)
        action = meeting.action_export_national_app()
        download_id = int(action["url"].split("/")[4])
        download = self.env["party.download"].browse(download_id)
        archive = zipfile.ZipFile(io.BytesIO(base64.b64decode(download.file)))
        names = archive.namelist()
        self.assertEqual(names, ["meeting.txt", "documents/01-nghi-quyet.pdf"])
        text = archive.read("meeting.txt").decode()
        self.assertIn("Kiểm điểm công tác tháng", text)
        self.assertIn("Hội trường tầng 3", text)
        self.assertIn("Nghị quyết về công tác quý IV", text)
        self.assertNotIn("Tài liệu mật", text)
        self.assertEqual(archive.read("documents/01-nghi-quyet.pdf"), PDF)
        with self.assertRaises(AccessError):
            self.meeting.with_user(self.portal_an).action_export_national_app()
