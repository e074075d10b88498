# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io

from reportlab.pdfgen import canvas

from odoo import api, models

from odoo.addons.party_docs.engine.pdf_signature import make_self_signed_pkcs12

DEMO_PASSWORD = "demo-chung-thu-2025"


class PartyDocumentDemo(models.AbstractModel):
    _name = "party.document.demo"
    _description = "Party Document Demo Data"

    @api.model
    def _demo_sign_and_issue(self, document_ids):
        """Demo data: a certificate for each issuer, a PDF for each approved
        document, signed digitally and issued."""
        documents = self.env["party.document"].browse(document_ids)
        self._create_certificates(documents.organization_id, DEMO_PASSWORD)
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

    @api.model
    def _create_certificates(self, organizations, password):
        """A self-signed signing certificate (PKCS#12 under ``password``) for
        each organisation that has none yet; shared with bench/."""
        Certificate = self.env["party.signing.certificate"]
        holders = Certificate.search(
            [("organization_id", "in", organizations.ids)]
        ).organization_id
        return Certificate.create(
            [
                {
                    "organization_id": org.id,
                    "pkcs12_file": base64.b64encode(
                        make_self_signed_pkcs12(f"Demo {org.code or org.id}", password)
                    ),
                    "pkcs12_filename": "demo.p12",
                    "password_input": password,
                }
                for org in organizations - holders
            ]
        )
