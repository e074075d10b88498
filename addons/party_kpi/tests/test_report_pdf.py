# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from freezegun import freeze_time

from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT, PdfReportMixin

from .common import YEAR, PartyKpiCase

INDIVIDUAL = "party_kpi.action_report_party_evaluation"
COLLECTIVE = "party_kpi.action_report_party_org_evaluation"
SUMMARY = "party_kpi.action_report_party_evaluation_summary"


@tagged("post_install", "-at_install")
class TestKpiReportPdf(PdfReportMixin, HttpCase, PartyKpiCase):
    """Individual, collective and summary review forms as real PDFs."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.write({"tz": "Asia/Ho_Chi_Minh", "city": "Hà Nội"})
        cls.hoa = cls._official("Ngô Thị Hoa")
        cls.dung = cls._official("Đặng Quốc Dũng")
        # 18:00 UTC on 20/12 is already 21/12 in Hà Nội.
        with freeze_time(f"{YEAR}-12-20 18:00:00"):
            cls.review_hoa = cls._review(cls.hoa, 87.5, state="proposed")
            cls.review_dung = cls._review(cls.dung, 72, state="proposed")
        cls.org_review = cls.env["party.org.evaluation"].create(
            {"organization_id": cls.cell_1.id, "year": YEAR}
        )

    def test_individual_forms(self):
        """Two members' forms print into one PDF, one page each, with the
        year without separator, the points with a decimal comma and the
        proposal's day in the company's time zone."""
        pdf = self._render_pdf(INDIVIDUAL, self.review_hoa | self.review_dung)
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 2)
        self._assertPdfText(
            pages[0],
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "PHIẾU ĐÁNH GIÁ, XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN NĂM 2025",
            "NGÔ THỊ HOA",
            "87,5",
            "Hà Nội, ngày 21 tháng 12 năm 2025",
        )
        self.assertIn("ĐẶNG QUỐC DŨNG", pages[1])
        self.assertNotIn("NGÔ THỊ HOA", pages[1])
        self.assertNotIn("2.025", " ".join(pages))
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})

    def test_individual_form_empty(self):
        """A fresh review with no points, comment or date prints blanks."""
        review = self.env["party.evaluation"].create(
            {"member_id": self._official("Lý Văn Tư").id, "year": YEAR}
        )
        text = " ".join(self._pdf_pages(self._render_pdf(INDIVIDUAL, review)))
        self._assertPdfText(text, "LÝ VĂN TƯ", "ngày ... tháng ... năm ...")

    def test_collective_and_summary(self):
        """The collective form and the summary list the branch's reviews and counts."""
        text = " ".join(self._pdf_pages(self._render_pdf(COLLECTIVE, self.org_review)))
        self._assertPdfText(text, "NĂM 2025", "Chi bộ 1")
        self.assertNotIn("2.025", text)
        other = self.env["party.org.evaluation"].create(
            {"organization_id": self.cell_2.id, "year": YEAR}
        )
        pages = self._pdf_pages(self._render_pdf(SUMMARY, self.org_review | other))
        self.assertEqual(len(pages), 2)
        self._assertPdfText(
            pages[0], "Ngô Thị Hoa", "Đặng Quốc Dũng", "87,5", "NĂM 2025"
        )
        self.assertNotIn("Ngô Thị Hoa", pages[1])

    def test_over_http(self):
        """The party office prints every review form and downloads it over HTTP."""
        office = self.user_office
        reviews = self.review_hoa | self.review_dung
        pages = self._pdf_pages(self._render_pdf(INDIVIDUAL, reviews, user=office))
        self.assertEqual(len(pages), 2)
        self._fetch_pdf(
            INDIVIDUAL, reviews, office.login, "NGÔ THỊ HOA", "ĐẶNG QUỐC DŨNG"
        )
        self._fetch_pdf(COLLECTIVE, self.org_review, office.login, "2025")
        self._fetch_pdf(SUMMARY, self.org_review, office.login, "Ngô Thị Hoa")
