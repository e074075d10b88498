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

from odoo.addons.portal.controllers.portal import pager as portal_pager

from .portal import PartyPortal

# Documents a list page shows (the rest on the next pages).
PAGE_SIZE = 20


class PartyPortalDocuments(PartyPortal):
    def _party_document(self, member, document_id):
        document = request.env["party.document.delivery"]._portal_document(
            member, document_id
        )
        if not document:
            raise NotFound()
        return document

    def _party_render_list(self, template, page_name, url, page, study_only):
        """A page of the member's documents (all, or those for study)."""
        member = self._party_member()
        Delivery = request.env["party.document.delivery"]
        pager = portal_pager(
            url=url,
            total=Delivery._portal_delivery_count(member, study_only),
            page=page,
            step=PAGE_SIZE,
        )
        deliveries = Delivery._portal_deliveries(
            member, study_only, limit=PAGE_SIZE, offset=pager["offset"]
        )
        return self._party_render(
            template,
            member,
            page_name,
            deliveries=deliveries,
            studies=request.env["party.document.study"]._portal_member_studies(
                member, deliveries.document_id
            ),
            pager=pager,
        )

    @http.route(
        ["/my/party/documents", "/my/party/documents/page/<int:page>"],
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_documents(self, page=1, **kwargs):
        return self._party_render_list(
            "party_portal.portal_my_party_documents",
            "party_documents",
            "/my/party/documents",
            page,
            study_only=False,
        )

    @http.route(
        ["/my/party/study", "/my/party/study/page/<int:page>"],
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_study(self, page=1, **kwargs):
        return self._party_render_list(
            "party_portal.portal_my_party_study",
            "party_study",
            "/my/party/study",
            page,
            study_only=True,
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
