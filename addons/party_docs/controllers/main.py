# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import http
from odoo.exceptions import UserError
from odoo.http import request


class PartyDocsController(http.Controller):
    @http.route("/party/doc/<string:token>", type="http", auth="user")
    def party_doc_qr(self, token, **kwargs):
        """Open an issued document from its QR code (recipients only)."""
        user = request.env.user
        doc, status = request.env["party.document"]._get_by_qr_token(token, user)
        if status in ("not_found", "forbidden"):
            # A page in the reader's language, not werkzeug's English one.
            return request.render(
                "party_docs.party_doc_qr_unavailable",
                {"forbidden": status == "forbidden"},
                status=403 if status == "forbidden" else 404,
            )
        request.env["party.document.delivery"]._mark_read(doc, user)
        return request.redirect(self._party_doc_url(doc))

    def _party_doc_url(self, doc):
        """Where a recipient reads ``doc`` (the member portal sends its own
        users to their portal page)."""
        return f"/odoo/party.document/{doc.id}"

    @http.route(
        "/party/meeting/<string:token>/checkin",
        type="http",
        auth="user",
        methods=["GET", "POST"],
    )
    def party_meeting_checkin(self, token, **kwargs):
        """Check the logged-in invitee in at the meeting of the QR code.

        GET only shows the meeting and a button; the check-in itself is a
        POST, which Odoo accepts only with the session's CSRF token, so no
        other page can check anyone in."""
        meeting = request.env["party.meeting"]._get_by_checkin_token(token)
        if not meeting:
            return self._checkin_page("party_docs.party_meeting_checkin_closed", 404)
        attendance = meeting._get_attendance(request.env.user)
        if not attendance:
            return self._checkin_page(
                "party_docs.party_meeting_checkin_not_invited", 403, meeting
            )
        if request.httprequest.method != "POST":
            return self._checkin_page(
                "party_docs.party_meeting_checkin_confirm", 200, meeting, token=token
            )
        try:
            meeting._check_in(request.env.user)
        except UserError:
            return self._checkin_page("party_docs.party_meeting_checkin_closed", 403)
        return self._checkin_page(
            "party_docs.party_meeting_checkin_done", 200, meeting, attendance
        )

    def _checkin_page(self, template, status, meeting=None, attendance=None, **values):
        values.update(
            meeting=meeting.sudo() if meeting else None,
            attendance=attendance.sudo() if attendance else None,
        )
        return request.render(template, values, status=status)
