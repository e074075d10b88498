# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models

from . import document_format


class ReportPartyDocument(models.AbstractModel):
    _name = "report.party_docs.report_party_document"
    _description = "Party Document in the Format of Hướng dẫn 36-HD/VPTW"

    @api.model
    def _get_report_values(self, docids, data=None):
        docs = self.env["party.document"].browse(docids)
        return {
            "doc_ids": docids,
            "doc_model": "party.document",
            "docs": docs,
            "doc_layout": {doc.id: self._document_layout(doc) for doc in docs},
        }

    @api.model
    def _document_layout(self, doc):
        """The texts of the header, title and recipients of ``doc``."""
        org = doc.organization_id
        abbreviation = doc.type_id.abbreviation
        return {
            "party_name": document_format.PARTY_NAME,
            "recipients_label": document_format.RECIPIENTS_LABEL,
            "body_in_file": document_format.BODY_IN_FILE,
            "level_above": document_format.upper(org.parent_id.name),
            "issuing_body": document_format.upper(
                document_format.issuing_body(org.name, org.org_type)
            ),
            "number": document_format.number_line(
                doc.number_symbol, abbreviation, org.code
            ),
            "title": document_format.type_title(abbreviation, doc.type_id.name),
            "marks": [
                mark
                for mark in (
                    document_format.SECRECY_MARKS.get(doc.secrecy),
                    document_format.URGENCY_MARKS.get(doc.urgency),
                )
                if mark
            ],
            "place": doc.place or doc.company_id.city or "...",
            "recipients": document_format.recipient_lines(
                doc.recipient_organization_ids.mapped("name"),
                doc.recipient_external,
            ),
        }
