# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The fee receipt and the fee book as real PDFs (issue 11, QA members #36)."""

from datetime import date

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .common import A4_LANDSCAPE, APRIL, BOOK, MARCH, RECEIPT, FeeReportCase


@tagged("post_install", "-at_install")
class TestFeeReceiptPdf(FeeReportCase, HttpCase):
    def test_receipt_one_number(self):
        """One receipt for two lines: header on one line, title and number
        apart, amounts in Vietnamese, payer and collector signature lines."""
        pdf = self._render_pdf(RECEIPT, self.march, user=self.user_secretary)
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 1)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})
        self._assertPdfText(
            pages[0],
            "ĐẢNG BỘ BỘ PHẬN",
            "CHI BỘ 2",
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Hà Nội, ngày 10 tháng 03 năm 2026",
            "BIÊN LAI THU ĐẢNG PHÍ",
            "Số: BL2026/00007",
            "Nguyễn Thị Ánh Tuyết",
            "Đặng Quốc Khánh",
            "03/2026",
            "123.457",
            "80.000",
            "203.457",
            # Vietnamese accounting forms read every group after the first in
            # full ("lẻ ba"); the words say the total, not a line.
            "Bằng chữ: Hai trăm lẻ ba nghìn bốn trăm năm mươi bảy đồng.",
            "10/03/2026",
            "NGƯỜI NỘP",
            "NGƯỜI THU",
            self.user_secretary.name,
        )
        # QA #36: the issuer and the party's name share the first line, the
        # title comes after them and the number after the title.
        text = pages[0]
        self.assertLess(text.index("CHI BỘ 2"), text.index("BIÊN LAI"))
        self.assertLess(text.index("ĐẢNG CỘNG SẢN"), text.index("BIÊN LAI"))
        self.assertLess(text.index("BIÊN LAI THU ĐẢNG PHÍ"), text.index("Số: BL"))

    def test_several_receipts_one_pdf(self):
        """Lines of two receipts print as one PDF, a page set per receipt."""
        april = self._line(self.tuyet, APRIL)
        april._collect(date(2026, 4, 12), "bank", "BL2026/00010")
        pages = self._pdf_pages(self._render_pdf(RECEIPT, self.march | april))
        self.assertEqual(len(pages), 2)
        self.assertIn("BL2026/00007", pages[0])
        self._assertPdfText(pages[1], "BL2026/00010", "04/2026", "123.457")
        # one payer: their name under "NGƯỜI NỘP"
        self.assertEqual(pages[1].count("Nguyễn Thị Ánh Tuyết"), 2)

    def test_receipt_optional_fields_empty(self):
        """No collector, no city: the receipt still prints, dated in words."""
        line = self._line(self.khanh)
        line.sudo().collector_id = False
        self.company.city = False
        text = self._text(RECEIPT, line)
        self._assertPdfText(text, "Ngày 10 tháng 03 năm 2026", "80.000", "NGƯỜI THU")

    def test_receipt_over_http_as_secretary(self):
        """The secretary fetches the receipt of their cell over HTTP."""
        self._fetch_pdf(
            RECEIPT,
            self.march,
            self.user_secretary.login,
            "BIÊN LAI THU ĐẢNG PHÍ",
            "Đặng Quốc Khánh",
            "203.457",
        )

    def test_collect_returns_the_receipt_report(self):
        """Collecting prints through the report (streamed, no attachment)."""
        line = self._line(self.khanh, APRIL)
        wizard = (
            self.env["party.fee.collect"]
            .with_user(self.user_secretary)
            .with_context(active_model="party.fee.line", active_ids=line.ids)
            .create({"method": "cash"})
        )
        attachments = self.env["ir.attachment"].search_count([])
        action = wizard.action_collect()
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertEqual(action["report_name"], "party_fee.report_party_fee_receipt")
        self.assertFalse(self.env.ref(RECEIPT).attachment)
        self._render_pdf(RECEIPT, line, user=self.user_secretary)
        self.assertEqual(self.env["ir.attachment"].search_count([]), attachments)


@tagged("post_install", "-at_install")
class TestFeeBookPdf(FeeReportCase, HttpCase):
    def _book(self, month=MARCH, user=None, org=None):
        user = user or self.user_secretary
        return (
            self.env["party.fee.book"]
            .with_user(user)
            .create({"organization_id": (org or self.cell_2).id, "month": month})
        )

    def test_book_one_month(self):
        """The book of a month: landscape, names, bases, amounts and totals;
        one access-log line a member printed."""
        book = self._book()
        pdf = self._render_pdf(BOOK, book)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_LANDSCAPE})
        text = " ".join(self._pdf_pages(pdf))
        self._assertPdfText(
            text,
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "SỔ THU NỘP ĐẢNG PHÍ",
            "Chi bộ 2 – tháng 03/2026",
            "Nguyễn Thị Ánh Tuyết",
            "12.345.650",
            "123.457",
            "203.457",
            "BL2026/00007",
            "Tổng cộng",
        )
        self.assertLess(text.index("SỔ THU NỘP ĐẢNG PHÍ"), text.index("Chi bộ 2 –"))
        printed = self._printed(self.user_secretary, "fee book")
        self.assertEqual(sorted(printed.member_id.ids), sorted(self.in_scope.ids))

    def test_several_books_one_pdf(self):
        """Two months' books print into one PDF, one page set each."""
        books = self._book() | self._book(APRIL)
        pages = self._pdf_pages(self._render_pdf(BOOK, books))
        self.assertEqual(len(pages), 2)
        self.assertIn("tháng 03/2026", pages[0])
        self.assertIn("tháng 04/2026", pages[1])

    def test_book_unpaid_month(self):
        """A month nobody paid yet: no date, method or receipt, totals 0."""
        text = self._text(BOOK, self._book(APRIL))
        self._assertPdfText(text, "tháng 04/2026", "Đặng Quốc Khánh", "80.000")
        self.assertNotIn("BL2026", text)

    def test_book_over_http_as_secretary(self):
        """The secretary fetches the book over HTTP; the button gives the report."""
        book = self._book()
        self.assertEqual(
            book.action_print_pdf()["report_name"], "party_fee.report_party_fee_book"
        )
        self._fetch_pdf(
            BOOK, book, self.user_secretary.login, "SỔ THU NỘP ĐẢNG PHÍ", "12.345.650"
        )

    def test_book_xlsx_is_a_transient_file(self):
        """The XLSX book is a transient file of its creator, not an attachment;
        the secretary downloads it, the office cannot."""
        attachments = self.env["ir.attachment"].search_count([])
        action = self._book().action_export_xlsx()
        self.assertEqual(self.env["ir.attachment"].search_count([]), attachments)
        self.assertIn("/web/content/party.download/", action["url"])
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        response = self.url_open(action["url"], timeout=60)
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.content.startswith(b"PK"))
        self.authenticate(self.user_office.login, self.user_office.login)
        with mute_logger("odoo.http"):
            response = self.url_open(action["url"], timeout=60)
        self.assertNotEqual(response.status_code, 200)
