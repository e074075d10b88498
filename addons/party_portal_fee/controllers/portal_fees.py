# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party/fees: the member's own fees, and the receipt of a paid month
streamed by this controller (never /web/content, never an attachment)."""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.http import content_disposition, request

from odoo.addons.party_member.report.print_tables import vnd
from odoo.addons.party_portal.controllers.portal import PartyPortal

MIMETYPES = {"pdf": "application/pdf", "html": "text/html; charset=utf-8"}


class PartyPortalFees(PartyPortal):
    def _party_render(self, template, member, page_name, **values):
        """The /my/party tile shows what is still to pay; amounts in whole
        đồng with Vietnamese separators."""
        values.setdefault("fee_vnd", vnd)
        if page_name == "party":
            values["party_fee_summary"] = request.env[
                "party.portal"
            ]._portal_fee_summary(member)
        return super()._party_render(template, member, page_name, **values)

    @http.route(
        "/my/party/fees",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_fees(self, year=None, **kwargs):
        member = self._party_member()
        try:
            year = int(year) if year else None
        except ValueError:
            year = None
        values = request.env["party.portal"]._portal_fee_statement(member, year)
        return self._party_render(
            "party_portal_fee.portal_my_party_fees", member, "party_fees", **values
        )

    @http.route(
        "/my/party/fees/receipt/<int:line_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_my_party_fee_receipt(self, line_id, **kwargs):
        """The receipt of one of the member's own paid months; any other id
        is a 404, whether the line exists or not."""
        self._party_member()
        receipt = request.env["party.portal"]._portal_fee_receipt_pdf(line_id)
        if not receipt:
            raise NotFound()
        content, kind, file_name = receipt
        if isinstance(content, str):
            content = content.encode()
        return request.make_response(
            content,
            headers=[
                ("Content-Type", MIMETYPES[kind]),
                ("Content-Length", len(content)),
                ("Content-Disposition", content_disposition(file_name)),
                ("Cache-Control", "no-store"),
            ],
        )
