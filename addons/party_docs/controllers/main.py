# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from werkzeug.exceptions import Forbidden, NotFound

from odoo import http
from odoo.http import request


class PartyDocsController(http.Controller):
    @http.route("/party/doc/<string:token>", type="http", auth="user")
    def party_doc_qr(self, token, **kwargs):
        """Open an issued document from its QR code (recipients only)."""
        user = request.env.user
        doc, status = request.env["party.document"]._get_by_qr_token(token, user)
        if status == "not_found":
            raise NotFound()
        if status == "forbidden":
            raise Forbidden()
        request.env["party.document.delivery"]._mark_read(doc, user)
        return request.redirect(f"/odoo/party.document/{doc.id}")

    @http.route(
        "/party/meeting/<string:token>/checkin",
        type="http",
        auth="user",
        methods=["GET", "POST"],
    )
    def party_meeting_checkin(self, token, **kwargs):
        """Mark the logged-in invitee present at the meeting of the QR code."""
        meeting = request.env["party.meeting"]._get_by_checkin_token(token)
        if not meeting:
            raise NotFound()
        attendance = meeting._check_in(request.env.user)
        if not attendance:
            raise Forbidden()
        return request.render(
            "party_docs.party_meeting_checkin_done",
            {"meeting": meeting.sudo(), "attendance": attendance.sudo()},
        )
