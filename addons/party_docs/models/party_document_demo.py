# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io

from reportlab.pdfgen import canvas

from odoo import api, models

from ..engine.pdf_signature import make_self_signed_pkcs12

DEMO_PASSWORD = "demo-chung-thu-2025"


class PartyDocument(models.Model):
    _inherit = "party.document"

    @api.model
    def _demo_sign_and_issue(self, document_ids):
        """Demo data: a certificate for each issuer, a PDF for each approved
        document, signed digitally and issued."""
        documents = self.browse(document_ids)
        Certificate = self.env["party.signing.certificate"]
        for org in documents.organization_id:
            if not Certificate.search_count([("organization_id", "=", org.id)]):
                Certificate.create(
                    {
                        "organization_id": org.id,
                        "pkcs12_file": base64.b64encode(
                            make_self_signed_pkcs12(
                                f"Demo {org.code or org.id}", DEMO_PASSWORD
                            )
                        ),
                        "pkcs12_filename": "demo.p12",
                        "password_input": DEMO_PASSWORD,
                    }
                )
        for doc in documents:
            buffer = io.BytesIO()
            pdf = canvas.Canvas(buffer)
            pdf.drawString(72, 770, "DANG CONG SAN VIET NAM")
            pdf.drawString(72, 740, f"Van ban: {doc.type_id.abbreviation}")
            pdf.showPage()
            pdf.save()
            doc.write(
                {
                    "main_file": base64.b64encode(buffer.getvalue()),
                    "main_filename": "van-ban.pdf",
                }
            )
        documents.action_sign_digital()
        documents.action_issue()
        return documents
