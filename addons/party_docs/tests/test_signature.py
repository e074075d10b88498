# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io

from reportlab.pdfgen import canvas

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from ..engine.pdf_signature import make_self_signed_pkcs12, sha256
from .common import PartyDocsCase

PASSWORD = "mat-khau-2025"


def make_pdf(text="Nghi quyet so 01"):
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer)
    pdf.drawString(100, 750, text)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@tagged("post_install", "-at_install")
class TestSignature(PartyDocsCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.pkcs12 = make_self_signed_pkcs12("Dang uy A", PASSWORD)
        cls.certificate = cls.env["party.signing.certificate"].create(
            {
                "organization_id": cls.committee.id,
                "pkcs12_file": base64.b64encode(cls.pkcs12),
                "password_input": PASSWORD,
            }
        )

    def _approved(self, **vals):
        doc = self._doc(
            main_file=base64.b64encode(make_pdf()), main_filename="nq.pdf", **vals
        )
        doc.action_submit()
        doc.action_approve()
        return doc

    def test_certificate_password_never_shown(self):
        """The certificate's password is checked, stored, and never read back."""
        self.assertEqual(self.certificate.subject, "Dang uy A")
        self.assertFalse(self.certificate.password_input)
        self.assertTrue(self.certificate.has_password)
        office_view = self.certificate.with_user(self.user_office)
        self.assertFalse(office_view.password_input)
        with self.assertRaises(AccessError):
            office_view.read(["password_encrypted"])
        self.env.cr.execute(
            "SELECT password_encrypted FROM party_signing_certificate WHERE id = %s",
            [self.certificate.id],
        )
        stored = self.env.cr.fetchone()[0]
        self.assertTrue(stored)
        self.assertNotIn(PASSWORD, stored, "only the ciphertext is in the database")
        with self.assertRaises(ValidationError):
            self.env["party.signing.certificate"].create(
                {
                    "organization_id": self.committee.id,
                    "pkcs12_file": base64.b64encode(self.pkcs12),
                    "password_input": "sai",
                }
            )

    def test_sign_and_verify(self):
        """Signing gives an immutable PDF with its hash that verifies as valid."""
        doc = self._approved()
        doc.action_sign_digital()
        self.assertEqual((doc.state, doc.signature_state), ("signed", "signed"))
        signed = base64.b64decode(doc.signed_file)
        self.assertEqual(doc.signed_hash, sha256(signed))
        self.assertIn(b"/Sig", signed)
        doc.action_verify_signature()
        self.assertEqual(doc.verification_state, "valid")
        with self.assertRaises(UserError):
            doc.main_file = base64.b64encode(make_pdf("Sửa"))
        doc.action_issue()
        self.assertEqual(doc.number_symbol, "01-NQ/ĐU")

    def test_verify_incoming_unsigned_modified_invalid(self):
        """Incoming PDFs verify as no signature, modified after signing or invalid."""
        doc = self._approved()
        doc.action_sign_digital()
        signed = base64.b64decode(doc.signed_file)

        def verify(pdf):
            incoming = self._doc(
                direction="incoming",
                number_symbol="9-CV/ĐUK",
                main_file=base64.b64encode(pdf),
            )
            incoming.action_verify_signature()
            return incoming.verification_state

        self.assertEqual(verify(make_pdf()), "unsigned")
        self.assertEqual(verify(signed), "valid")
        position = signed.find(b"Nghi quyet so 01")
        tampered = signed[:position] + b"Nghi quyet so 02" + signed[position + 16 :]
        self.assertEqual(verify(tampered), "modified")
        start = signed.find(b"/Contents <") + 11
        end = signed.find(b">", start)
        spot = start + len(signed[start:end].rstrip(b"0")) - 60
        broken = (
            signed[:spot]
            + (b"A" if signed[spot : spot + 1] != b"A" else b"B")
            + signed[spot + 1 :]
        )
        self.assertEqual(verify(broken), "invalid")

    def test_secret_documents_are_never_signed_digitally(self):
        """A secret document cannot be signed electronically."""
        doc = self._approved(secrecy="confidential")
        with self.assertRaises(UserError):
            doc.action_sign_digital()
        self.assertEqual(doc.signature_state, "unsigned")
