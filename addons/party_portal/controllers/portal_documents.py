# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""/my/party/documents and /my/party/study: the documents delivered to the
member (never secret ones), their PDF, and the study confirmation.

Each page finds the document among the member's own deliveries: another
member's document, a secret one or a missing id get the same 404."""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import UserError
from odoo.http import request

from .portal import PartyPortal


class PartyPortalDocuments(PartyPortal):
    def _party_document(self, member, document_id):
        document = request.env["party.document.delivery"]._portal_document(
            member, document_id
        )
        if not document:
            raise NotFound()
        return document

    @http.route(
        "/my/party/documents", type="http", auth="user", methods=["GET"], website=True
    )
    def portal_my_party_documents(self, **kwargs):
        member = self._party_member()
        deliveries = request.env["party.document.delivery"]._portal_deliveries(member)
        return self._party_render(
            "party_portal.portal_my_party_documents",
            member,
            "party_documents",
            deliveries=deliveries,
            studies=request.env["party.document.study"]._portal_member_studies(
                member, deliveries.document_id
            ),
        )

    @http.route(
        "/my/party/study", type="http", auth="user", methods=["GET"], website=True
    )
    def portal_my_party_study(self, **kwargs):
        member = self._party_member()
        deliveries = request.env["party.document.delivery"]._portal_deliveries(
            member, study_only=True
        )
        return self._party_render(
            "party_portal.portal_my_party_study",
            member,
            "party_study",
            deliveries=deliveries,
            studies=request.env["party.document.study"]._portal_member_studies(
                member, deliveries.document_id
            ),
        )

    @http.route(
        "/my/party/documents/<int:document_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_my_party_document(self, document_id, **kwargs):
        member = self._party_member()
        document = self._party_document(member, document_id)
        delivery = request.env["party.document.delivery"]._mark_read(
            document, member.user_id
        )
        studies = request.env["party.document.study"]._portal_member_studies(
            member, document
        )
        return self._party_render(
            "party_portal.portal_my_party_document",
            member,
            "party_document",
            document=document,
            just_read=bool(delivery),
            study=studies.get(document.id),
        )

    @http.route(
        "/my/party/documents/<int:document_id>/pdf",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_my_party_document_pdf(self, document_id, **kwargs):
        member = self._party_member()
        document = self._party_document(member, document_id)
        try:
            pdf, filename = document._portal_pdf()
        except UserError as error:
            raise NotFound() from error
        request.env["party.document.delivery"]._mark_read(document, member.user_id)
        return request.make_response(
            pdf,
            headers=[
                ("Content-Type", "application/pdf"),
                ("Content-Length", len(pdf)),
                ("Content-Disposition", http.content_disposition(filename, "inline")),
                ("X-Content-Type-Options", "nosniff"),
                ("Cache-Control", "no-store"),
            ],
        )

    @http.route(
        "/my/party/documents/<int:document_id>/studied",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_document_studied(self, document_id, **kwargs):
        member = self._party_member()
        document = self._party_document(member, document_id)
        if not document.study_required:
            raise NotFound()
        request.env["party.document.study"]._portal_confirm(document.id)
        return request.redirect(f"/my/party/documents/{document.id}")
