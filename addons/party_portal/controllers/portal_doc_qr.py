# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.http import request

from odoo.addons.party_docs.controllers.main import PartyDocsController


class PartyPortalDocQr(PartyDocsController):
    def _party_doc_url(self, doc):
        """A portal member who scans a document's QR reads it on their
        portal page (the backend is not theirs)."""
        if request.env.user.share:
            return f"/my/party/documents/{doc.id}"
        return super()._party_doc_url(doc)
