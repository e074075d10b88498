# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tools.print_format import PrintFormat

from .common_meetings import PDF, PortalMeetingsCase


@tagged("post_install", "-at_install")
class TestPortalMeetings(PortalMeetingsCase, HttpCase):
    """/my/party/meetings: the member's own meetings only, their documents,
    the excuse and the check-in code; nothing over JSON-RPC."""

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
