# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
import zipfile
from datetime import timedelta

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tools.print_format import PrintFormat

from .common import PartyPortalCase

PDF = b"%PDF-1.4\n% party meeting document\n"


class PortalMeetingsCase(PartyPortalCase):
    """A meeting of cell_1 (An, Bình) with an agenda and a document, one of
    cell_2 (Cường); both announced."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_secretary.party_organization_ids = cls.committee
        now = fields.Datetime.now().replace(microsecond=0)
        Meeting = cls.env["party.meeting"]
        cls.meeting = Meeting.create(
            {
                "organization_id": cls.cell_1.id,
                "date_start": now + timedelta(days=2),
                "place": "Hội trường tầng 3",
                "online_link": "https://meet.example.com/chibo1",
                "agenda_ids": [
                    (0, 0, {"name": "Kiểm điểm công tác tháng"}),
                    (0, 0, {"name": "Học tập Nghị quyết"}),
                ],
            }
        )
        cls.document = cls._document("Nghị quyết về công tác quý IV")
        cls.secret = cls._document("Tài liệu mật về nhân sự", secrecy="secret")
        cls.meeting.document_ids = cls.document
        cls.meeting_cuong = Meeting.create(
            {
                "organization_id": cls.cell_2.id,
                "date_start": now + timedelta(days=3),
                "place": "Phòng họp chi bộ 2",
            }
        )
        (cls.meeting | cls.meeting_cuong).action_invite()
        cls.line_an = cls.meeting.attendance_ids.filtered(
            lambda line: line.member_id == cls.member_an
        )

    @classmethod
    def _document(cls, summary, **vals):
        return cls.env["party.document"].create(
            {
                "direction": "internal",
                "type_id": cls.env.ref("party_docs.document_type_nq").id,
                "organization_id": cls.cell_1.id,
                "summary": summary,
                "main_file": base64.b64encode(PDF),
                "main_filename": "nghi-quyet.pdf",
                **vals,
            }
        )

    def _force_link_secret(self):
        """Link the secret document behind the constraints' back (data
        imported by SQL): the portal must still never show it."""
        self.env.cr.execute(
            "INSERT INTO party_meeting_document_rel (meeting_id, document_id) "
            "VALUES (%s, %s)",
            (self.meeting.id, self.secret.id),
        )
        self.env.invalidate_all()

    def _csrf(self, url):
        """The CSRF token of the form on ``url``."""
        page = self.url_open(url)
        return page.text.split('name="csrf_token" value="')[1].split('"')[0]

    def _mails(self, meeting):
        return self.env["mail.mail"].search(
            [
                ("model", "=", "party.meeting.attendance"),
                ("res_id", "in", meeting.attendance_ids.ids),
            ]
        )


@tagged("post_install", "-at_install")
class TestPortalMeetings(PortalMeetingsCase, HttpCase):
    """/my/party/meetings: the member's own meetings, their calendar events,
    invitations from the company's address, excuses and the export."""

    # Pages -----------------------------------------------------------------

    def test_pages_show_own_meetings_only(self):
        """portal_an sees cell_1's meeting, in the company's time zone, with
        its agenda and non-secret documents; Cường's meeting is a 404."""
        self._force_link_secret()
        self._login(self.portal_an)
        listing = self.url_open("/my/party/meetings")
        self.assertEqual(listing.status_code, 200)
        self.assertIn(f"/my/party/meetings/{self.meeting.id}", listing.text)
        self.assertNotIn(f"/my/party/meetings/{self.meeting_cuong.id}", listing.text)
        month = self.url_open(
            f"/my/party/meetings?view=calendar&month={self.meeting.date_start:%Y-%m}"
        )
        self.assertIn(f"/my/party/meetings/{self.meeting.id}", month.text)
        page = self.url_open(f"/my/party/meetings/{self.meeting.id}")
        self.assertEqual(page.status_code, 200)
        tz = self.company._party_tz()
        local = PrintFormat(tz).local(self.meeting.date_start)
        self.assertIn(f"{local:%d/%m/%Y %H:%M}", page.text)
        for text in (
            "Hội trường tầng 3",
            "https://meet.example.com/chibo1",
            "Học tập Nghị quyết",
            "Nghị quyết về công tác quý IV",
            'id="party_meeting_votes"',
        ):
            self.assertIn(text, page.text)
        self.assertNotIn("Tài liệu mật", page.text)
        self.assertEqual(
            self.url_open(f"/my/party/meetings/{self.meeting_cuong.id}").status_code,
            404,
        )
        self.assertEqual(self.url_open("/my/party/meetings/999999").status_code, 404)
        draft = self.env["party.meeting"].create(
            {"organization_id": self.cell_1.id, "date_start": self.meeting.date_start}
        )
        self.assertIn(self.member_an, draft.attendance_ids.member_id)
        self.assertEqual(
            self.url_open(f"/my/party/meetings/{draft.id}").status_code, 404
        )

    def test_document_download(self):
        """The meeting's document streams through the portal; a secret one,
        another meeting's, or /web/content give nothing."""
        self._force_link_secret()
        self._login(self.portal_an)
        base = f"/my/party/meetings/{self.meeting.id}/documents"
        response = self.url_open(f"{base}/{self.document.id}")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.content, PDF)
        self.assertEqual(self.url_open(f"{base}/{self.secret.id}").status_code, 404)
        other = f"/my/party/meetings/{self.meeting_cuong.id}/documents"
        self.assertEqual(self.url_open(f"{other}/{self.document.id}").status_code, 404)
        self.assertNotEqual(
            self.url_open(
                f"/web/content/party.document/{self.document.id}/main_file"
            ).status_code,
            200,
        )
        self._login(self.portal_cuong)
        self.assertEqual(self.url_open(f"{base}/{self.document.id}").status_code, 404)

    def test_no_member_no_meetings(self):
        self._login(self.portal_customer)
        self.assertEqual(self.url_open("/my/party/meetings").status_code, 404)
        self.assertEqual(
            self.url_open(f"/my/party/meetings/{self.meeting.id}").status_code, 404
        )

    # Excuse ----------------------------------------------------------------

    def test_excuse_before_start(self):
        """The request is recorded on the member's own line with the reason,
        an activity reaches the secretary, who confirms with Excused."""
        self._login(self.portal_an)
        url = f"/my/party/meetings/{self.meeting.id}"
        response = self.url_open(
            f"{url}/excuse",
            data={"csrf_token": self._csrf(url), "reason": "Đi công tác <b>xa</b>"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("sent to the secretary", response.text)
        self.assertTrue(self.line_an.excuse_requested_at)
        self.assertEqual(self.line_an.note, "Đi công tác <b>xa</b>")
        self.assertEqual(self.line_an.state, "invited")
        others = self.meeting.attendance_ids - self.line_an
        self.assertFalse(others.filtered("excuse_requested_at"))
        activity = self.env["mail.activity"].search(
            [("res_model", "=", "party.meeting"), ("res_id", "=", self.meeting.id)]
        )
        self.assertEqual(len(activity), 1)
        secretary = self.env["party.portal"]._secretary_user(self.cell_1)
        self.assertEqual(activity.user_id, secretary)
        self.assertIn("&lt;b&gt;xa&lt;/b&gt;", str(activity.note))
        self.line_an.with_user(self.user_secretary).action_excused()
        self.assertEqual(self.line_an.state, "excused")

    def test_excuse_for_another_meeting_refused(self):
        """Cường's meeting id in the form: 404 and nothing recorded."""
        self._login(self.portal_an)
        url = f"/my/party/meetings/{self.meeting.id}"
        response = self.url_open(
            f"/my/party/meetings/{self.meeting_cuong.id}/excuse",
            data={"csrf_token": self._csrf(url), "reason": "x"},
        )
        self.assertEqual(response.status_code, 404)
        self.assertFalse(
            self.meeting_cuong.attendance_ids.filtered("excuse_requested_at")
        )

    @mute_logger("odoo.http")
    def test_excuse_without_csrf_refused(self):
        """A POST from another site (no CSRF token) records nothing."""
        self._login(self.portal_an)
        response = self.url_open(
            f"/my/party/meetings/{self.meeting.id}/excuse", data={"reason": "x"}
        )
        self.assertEqual(response.status_code, 400)
        self.assertFalse(self.line_an.excuse_requested_at)

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

    def test_excuse_after_start_refused(self):
        """Once the meeting has started, the request is refused with a clear
        message and nothing is recorded."""
        self._login(self.portal_an)
        url = f"/my/party/meetings/{self.meeting.id}"
        csrf = self._csrf(url)
        self.meeting.date_start = fields.Datetime.now() - timedelta(minutes=5)
        response = self.url_open(
            f"{url}/excuse", data={"csrf_token": csrf, "reason": "Ốm"}
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("The meeting has started or is closed", response.text)
        self.assertFalse(self.line_an.excuse_requested_at)
        with self.assertRaises(UserError):
            self.meeting.with_user(self.portal_an)._portal_request_excuse("Ốm")

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

    # Red team --------------------------------------------------------------

    @mute_logger("odoo.http")
    def test_rpc_gives_nothing(self):
        """A portal member's JSON-RPC on meetings, attendance and the calendar
        event of another cell's meeting gives nothing."""
        self._login(self.portal_an)
        for model in ("party.meeting", "party.meeting.attendance"):
            result, error = self._rpc(model, "search_read", [], fields=["id"])
            self.assertIsNone(result, model)
            self.assertIn("AccessError", error["data"]["name"], model)
        result, error = self._rpc(
            "calendar.event", "search_read", [], fields=["id", "name"]
        )
        ids = {row["id"] for row in result or []}
        self.assertNotIn(self.meeting_cuong.calendar_event_id.id, ids)
        result, error = self._rpc(
            "calendar.event",
            "read",
            [self.meeting_cuong.calendar_event_id.id],
            ["name"],
        )
        self.assertIsNone(result)
        result, error = self._rpc(
            "party.meeting", "action_export_national_app", [self.meeting.id]
        )
        self.assertIsNone(result)

    def test_portal_user_checks_in_by_qr_route(self):
        """The room's QR route works for a portal user: confirm, then POST."""
        self.meeting.date_start = fields.Datetime.now() + timedelta(minutes=10)
        token = self.meeting.checkin_token
        self._login(self.portal_an)
        url = f"/party/meeting/{token}/checkin"
        confirm = self.url_open(url)
        self.assertEqual(confirm.status_code, 200)
        self.assertIn("o_party_checkin_btn", confirm.text)
        done = self.url_open(url, data={"csrf_token": self._csrf(url)})
        self.assertEqual(done.status_code, 200)
        self.assertEqual(self.line_an.state, "present")

    def test_checkin_code_of_another_meeting_refused(self):
        self.meeting.date_start = fields.Datetime.now() + timedelta(minutes=10)
        self._login(self.portal_an)
        page = self.url_open(
            f"/my/party/meetings/{self.meeting.id}/checkin"
            f"?code={self.meeting_cuong._portal_checkin_code()}"
        )
        self.assertIn("not the check-in code of this meeting", page.text)
        self.assertEqual(self.line_an.state, "invited")
        code = self.meeting._portal_checkin_code().lower()
        self.assertEqual(len(code), 8)
        page = self.url_open(
            f"/my/party/meetings/{self.meeting.id}/checkin?code={code}"
        )
        self.assertIn("o_party_checkin_btn", page.text)
        self.assertEqual(
            self.meeting.with_user(self.user_secretary).checkin_code, code.upper()
        )


@tagged("post_install", "-at_install")
class TestPortalMeetingTours(PortalMeetingsCase, HttpCase):
    """Phone-sized browser tours: an excuse and a check-in."""

    browser_size = "390x844"
    touch_enabled = True

    def test_tour_excuse(self):
        self.start_tour(
            "/my/party", "party_portal_meeting_excuse", login=self.portal_an.login
        )
        self.assertEqual(self.line_an.note, "Đi công tác Đà Nẵng")
        self.assertTrue(self.line_an.excuse_requested_at)

    def test_tour_checkin(self):
        self.meeting.write(
            {
                "date_start": fields.Datetime.now() + timedelta(minutes=10),
                "checkin_token": "tourcodeXYZ0123456789",
            }
        )
        self.start_tour(
            "/my/party", "party_portal_meeting_checkin", login=self.portal_an.login
        )
        self.assertEqual(self.line_an.state, "present")
