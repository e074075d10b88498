# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import shutil
import subprocess
import unittest

from odoo.exceptions import UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import PdfReportMixin

from ..engine.pdf_signature import make_self_signed_pkcs12, sign_pdf
from .common import PartyDocsCase
from .test_signature import PASSWORD, make_pdf


def pdf_text(pdf):
    """Text of ``pdf`` with the signature stamp (poppler's pdftotext reads
    the appearance of the signature field, PyPDF2 does not)."""
    result = subprocess.run(
        ["pdftotext", "-layout", "-", "-"],
        input=pdf,
        capture_output=True,
        check=True,
        timeout=60,
    )
    return " ".join(result.stdout.decode().split())


@unittest.skipUnless(shutil.which("pdftotext"), "poppler-utils is not installed")
@tagged("post_install", "-at_install")
class TestSignAfterNumbering(PdfReportMixin, HttpCase, PartyDocsCase):
    """Number first, render the 36-HD/VPTW PDF, then sign that PDF (QA #17)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.write({"tz": "Asia/Ho_Chi_Minh", "city": "Hà Nội"})
        cls.env["party.signing.certificate"].create(
            {
                "organization_id": cls.committee.id,
                "pkcs12_file": base64.b64encode(
                    make_self_signed_pkcs12("Đảng ủy Tổng công ty A", PASSWORD)
                ),
                "password_input": PASSWORD,
            }
        )

    def _approved(self, **vals):
        doc = self._doc(**vals).with_context(force_report_rendering=True)
        doc.action_submit()
        doc.action_approve()
        return doc

    def test_signed_pdf_carries_number_date_and_vietnamese_stamp(self):
        """The signed file shows "Số 01-NQ/ĐU", the date in words and a stamp
        with diacritics and local time, and verifies as valid."""
        doc = self._approved(
            body="<p>Đảng ủy quyết nghị tăng cường công tác kiểm tra.</p>"
        )
        doc.action_sign_digital()
        self.assertEqual(
            (doc.state, doc.signature_state, doc.number_symbol),
            ("signed", "signed", "01-NQ/ĐU"),
        )
        text = pdf_text(base64.b64decode(doc.signed_file))
        for fragment in (
            "Số 01-NQ/ĐU",
            "Hà Nội, ngày 01 tháng 03 năm 2025",
            "NGHỊ QUYẾT",
            "Đảng ủy quyết nghị tăng cường công tác kiểm tra.",
            "Ký số bởi: Đảng ủy A",
            "Bí thư Nguyễn Văn Hùng",
            "Thời gian ký:",
            "(GMT+07:00)",
        ):
            self.assertIn(fragment, text)
        self.assertEqual(doc.signed_filename, "01-NQ-ĐU-ky-so.pdf")
        for vals in ({"place": "Huế"}, {"date": "2025-03-02"}):
            with self.assertRaises(UserError):
                doc.sudo().write(vals)
        doc.action_verify_signature()
        self.assertEqual(doc.verification_state, "valid", doc.verification_details)
        doc.action_issue()
        self.assertEqual(
            (doc.state, doc.number_symbol), ("issued", "01-NQ/ĐU"), "not renumbered"
        )

    def test_body_in_main_pdf_follows_the_official_page(self):
        """Without a body, the pages of the main PDF follow the official page."""
        doc = self._approved(
            body=False,
            main_file=base64.b64encode(make_pdf("Noi dung trong tep chinh")),
            main_filename="nq.pdf",
        )
        doc.action_sign_digital()
        text = pdf_text(base64.b64decode(doc.signed_file))
        self.assertIn("Số 01-NQ/ĐU", text)
        self.assertIn("Noi dung trong tep chinh", text)

    def test_several_documents_signed_at_once_keep_their_own_pages(self):
        """One rendering for the batch, cut back per document: each signed
        file carries its own number and body only."""
        first = self._approved(body="<p>Nội dung thứ nhất.</p>")
        second = self._approved(body="<p>Nội dung thứ hai.</p>")
        (first | second).action_sign_digital()
        texts = [pdf_text(base64.b64decode(d.signed_file)) for d in (first, second)]
        self.assertIn("Số 01-NQ/ĐU", texts[0])
        self.assertIn("Nội dung thứ nhất.", texts[0])
        self.assertNotIn("Nội dung thứ hai.", texts[0])
        self.assertIn("Số 02-NQ/ĐU", texts[1])
        self.assertIn("Nội dung thứ hai.", texts[1])
        self.assertNotIn("Số 01-NQ/ĐU", texts[1])
        for doc in (first, second):
            doc.action_verify_signature()
            self.assertEqual(doc.verification_state, "valid")

    def test_untrusted_certificate_is_not_valid(self):
        """An intact signature by a certificate nobody registered is reported
        "intact, certificate not trusted", never "valid"."""
        foreign = sign_pdf(
            make_pdf(),
            make_self_signed_pkcs12("Người lạ", PASSWORD),
            PASSWORD,
            ["Ký số bởi: Người lạ"],
        )
        incoming = self._doc(
            direction="incoming",
            number_symbol="9-CV/ĐUK",
            main_file=base64.b64encode(foreign),
        )
        incoming.action_verify_signature()
        self.assertEqual(incoming.verification_state, "untrusted")
        self.assertTrue(
            incoming.verification_details.startswith(
                "Intact, Certificate Not Trusted\n"
            )
        )
        self.assertIn("trusted=False", incoming.verification_details)
