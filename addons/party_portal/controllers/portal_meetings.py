# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party/meetings: the meetings the member is invited to.

Every meeting is reached through the member's own attendance lines: another
meeting's id gets the same 404 as a missing one. Documents are streamed
here after checking that the member is an invitee and the document is not
secret, never through /web/content.
"""

import calendar
from datetime import date

from werkzeug.exceptions import NotFound

from odoo import fields, http
from odoo.exceptions import UserError
from odoo.http import request
from odoo.tools import consteq

from odoo.addons.party_org.tools.print_format import PrintFormat

from .portal import PartyPortal, readonly_unless_sent

PORTAL_STATES = ("invited", "held", "cancel")


class PartyPortalMeetings(PartyPortal):
    def _party_meeting_lines(self, member, meeting_id=None):
        """The member's attendance lines of announced (or past) meetings."""
        domain = [
            ("member_id", "=", member.id),
            ("meeting_id.state", "in", PORTAL_STATES),
        ]
        if meeting_id is not None:
            domain.append(("meeting_id", "=", meeting_id))
        return request.env["party.meeting.attendance"].sudo().search(domain)

    def _party_meeting_line(self, member, meeting_id):
        line = self._party_meeting_lines(member, meeting_id)[:1]
        if not line:
            raise NotFound()
        return line

    @http.route(
        "/my/party/meetings",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_meetings(self, view="list", month=None, **kwargs):
        member = self._party_member()
        lines = self._party_meeting_lines(member)
        now = fields.Datetime.now()
        meetings = lines.meeting_id.sorted("date_start")
        values = {
            "lines_by_meeting": {line.meeting_id.id: line for line in lines},
            "upcoming": meetings.filtered(lambda m: m.date_start >= now),
            "past": meetings.filtered(lambda m: m.date_start < now).sorted(
                "date_start", reverse=True
            ),
            "view": "calendar" if view == "calendar" else "list",
        }
        if values["view"] == "calendar":
            values.update(self._party_month(member, meetings, month))
        return self._party_render(
            "party_portal.portal_my_party_meetings",
            member,
            "party_meetings",
            **values,
        )

    def _party_month(self, member, meetings, month):
        """A month grid (weeks of 7 days, Monday first) with the meetings of
        each day in the company's time zone."""
        fmt = PrintFormat(member.company_id.sudo()._party_tz())
        today = fmt.now().date()
        try:
            year, number = (int(part) for part in (month or "").split("-"))
            first = date(year, number, 1)
        except ValueError:
            first = today.replace(day=1)
        by_day = {}
        for meeting in meetings:
            by_day.setdefault(fmt.local_date(meeting.date_start), []).append(meeting)
        weeks = calendar.Calendar().monthdatescalendar(first.year, first.month)
        previous = (first.replace(day=1) - date.resolution).replace(day=1)
        following = (first.replace(day=28) + 4 * date.resolution).replace(day=1)
        return {
            "month_first": first,
            "month_weeks": weeks,
            "month_meetings": by_day,
            "month_today": today,
            "month_previous": f"{previous:%Y-%m}",
            "month_next": f"{following:%Y-%m}",
            "month_time": fmt.time,
        }

    @http.route(
        "/my/party/meetings/<int:meeting_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=readonly_unless_sent,
    )
    def portal_my_party_meeting(self, meeting_id, sent=None, **kwargs):
        member = self._party_member()
        line = self._party_meeting_line(member, meeting_id)
        return self._party_meeting_page(member, line, excuse_sent=bool(sent))

    def _party_meeting_page(self, member, line, **values):
        meeting = line.meeting_id
        opens, closes = meeting._checkin_window()
        now = fields.Datetime.now()
        values.update(
            meeting=meeting,
            line=line,
            documents=meeting.document_ids.filtered(lambda d: not d.is_secret),
            excuse_open=meeting._portal_excuse_open() and line.state == "invited",
            checkin_open=meeting.state == "invited" and opens <= now <= closes,
        )
        return self._party_render(
            "party_portal.portal_my_party_meeting", member, "party_meeting", **values
        )

    @http.route(
        "/my/party/meetings/<int:meeting_id>/excuse",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_meeting_excuse(self, meeting_id, reason="", **kwargs):
        member = self._party_member()
        line = self._party_meeting_line(member, meeting_id)
        try:
            line.meeting_id._portal_request_excuse(reason)
        except UserError as error:
            return self._party_meeting_page(
                member, line, excuse_error=error.args[0], excuse_reason=reason
            )
        return request.redirect(f"/my/party/meetings/{meeting_id}?sent=1")

    @http.route(
        "/my/party/meetings/<int:meeting_id>/checkin",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_meeting_checkin(self, meeting_id, code="", **kwargs):
        """The code printed under the room's QR opens the same check-in page
        as a scan; only the code of this meeting, shown in the room."""
        member = self._party_member()
        line = self._party_meeting_line(member, meeting_id)
        meeting = line.meeting_id
        expected = meeting._portal_checkin_code()
        code = (code or "").strip().upper()
        if not expected or not code or not consteq(code, expected):
            return self._party_meeting_page(
                member,
                line,
                checkin_error=request.env._(
                    "This is not the check-in code of this meeting."
                ),
            )
        return request.redirect(f"/party/meeting/{meeting.checkin_token}/checkin")

    @http.route(
        "/my/party/meetings/<int:meeting_id>/documents/<int:document_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_meeting_document(self, meeting_id, document_id, **kwargs):
        member = self._party_member()
        line = self._party_meeting_line(member, meeting_id)
        document = line.meeting_id.document_ids.filtered(
            lambda d: d.id == document_id and not d.is_secret and d.main_file
        )
        if not document:
            raise NotFound()
        stream = request.env["ir.binary"]._get_stream_from(
            document, "main_file", filename=document.main_filename
        )
        return stream.get_response(as_attachment=True)
