# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.pdf_common import PdfReportMixin

from .common import PortalFeeCase


@tagged("post_install", "-at_install")
class TestPortalFees(PdfReportMixin, PortalFeeCase, HttpCase):
    """/my/party/fees and the receipts: the member's own fees, nobody else's."""

    def _receipt_logs(self, member):
        return self.env["party.member.access.log"].search_count(
            [("member_id", "=", member.id), ("operation", "=", "print")]
        )

    def test_fees_page_own_months(self):
        """This year first: this month, the balance of all months and the
        notice at 2 unpaid months citing the Charter; no other member."""
        self._login(self.portal_an)
        response = self.url_open("/my/party/fees")
        self.assertEqual(response.status_code, 200)
        page = response.text
        self.assertIn("o_party_fee_balance", page)
        self.assertIn("300.000", page)
        self.assertIn(self.this_month.strftime("%m/%Y"), page)
        self.assertIn("o_party_fee_notice", page)
        self.assertIn("Điều 8", page)
        self.assertIn('o_party_fee_unpaid_count">2<', page)
        self.assertNotIn(self.march.strftime("%m/%Y"), page)
        self.assertNotIn("Trần Thị Bình", page)
        last_year = self.url_open(f"/my/party/fees?year={self.last_year}").text
        for day in (self.march, self.april, self.may):
            self.assertIn(day.strftime("%m/%Y"), last_year)
        self.assertIn(f"/my/party/fees/receipt/{self.an_march.id}", last_year)
        self.assertIn("BL-AN-03", last_year)
        self.assertNotIn("BL-BINH-03", last_year)
        self.assertNotIn(f"/my/party/fees/receipt/{self.binh_march.id}", last_year)
        # one receipt: the unpaid months have none
        self.assertEqual(last_year.count("o_party_fee_receipt"), 1)
        # a year that is no number, or without fees: the page still answers
        for year in ("abc", "1999"):
            response = self.url_open(f"/my/party/fees?year={year}")
            self.assertEqual(response.status_code, 200, year)

    def test_how_to_pay(self):
        """The company's text set in Settings, the collector who took the
        last payment and the payment reference."""
        settings = (
            self.env["res.config.settings"]
            .with_company(self.company)
            .create({"party_fee_payment_howto": "Pay at the monthly cell meeting."})
        )
        settings.execute()
        self.member_an.file_number = "012345HN"
        self._login(self.portal_an)
        page = self.url_open("/my/party/fees").text
        self.assertIn("Pay at the monthly cell meeting.", page)
        self.assertIn(self.user_secretary.name, page)
        self.assertIn(f"DP 012345HN {self.this_month:%m/%Y}", page)

    def test_how_to_pay_in_member_language(self):
        """The text is translatable: each member reads it in their language."""
        # the test database may hold Vietnamese only
        self.env["res.lang"]._activate_lang("en_US")
        self.env["res.lang"]._activate_lang("vi_VN")
        self.company.with_context(
            lang="en_US"
        ).party_fee_payment_howto = "Pay at the monthly cell meeting."
        self.company.with_context(
            lang="vi_VN"
        ).party_fee_payment_howto = "Nộp tại buổi sinh hoạt chi bộ hằng tháng."
        self.portal_an.lang = "vi_VN"
        Portal = self.env["party.portal"].with_user(self.portal_binh)
        values = Portal.with_context(lang="en_US")._portal_fee_statement(
            self.member_binh
        )
        self.assertEqual(
            values["fee_payment_howto"], "Pay at the monthly cell meeting."
        )
        self._login(self.portal_an)
        page = self.url_open("/my/party/fees").text
        self.assertIn("Nộp tại buổi sinh hoạt chi bộ hằng tháng.", page)

    def test_no_notice_below_two_unpaid_months(self):
        """Bình has one unpaid month of last year: no notice."""
        self._fee_line(self.member_binh, self.april)
        self._login(self.portal_binh)
        page = self.url_open("/my/party/fees").text
        self.assertNotIn("o_party_fee_notice", page)
        self.assertIn("BL-BINH-03", page)  # the only year with fees is shown
        self.assertNotIn("BL-AN-03", page)

    def test_tile_shows_balance(self):
        self._login(self.portal_an)
        page = self.url_open("/my/party").text
        self.assertIn('href="/my/party/fees"', page)
        self.assertIn("o_party_fee_tile_balance", page)
        self.assertIn("300.000", page)

    def test_no_member_no_fee_page(self):
        """A portal user who is no member gets the same 404 on every route."""
        self._login(self.portal_customer)
        self.assertEqual(self.url_open("/my/party/fees").status_code, 404)
        response = self.url_open(f"/my/party/fees/receipt/{self.an_march.id}")
        self.assertEqual(response.status_code, 404)

    def test_receipt_route_own_line_only(self):
        """The member's own paid line: the receipt, streamed (Odoo renders
        reports as HTML in test mode, see test_receipt_pdf); Bình's line,
        an unpaid line or a missing id: the same 404, nothing rendered."""
        self._login(self.portal_an)
        response = self.url_open(f"/my/party/fees/receipt/{self.an_march.id}")
        self.assertEqual(response.status_code, 200)
        self.assertIn(
            response.headers["Content-Type"].split(";")[0],
            ("application/pdf", "text/html"),
        )
        self.assertIn("attachment", response.headers["Content-Disposition"])
        self.assertIn("BL-AN-03", response.text)
        self.assertIn("Nguyễn Văn An", response.text)
        self.assertNotIn("Trần Thị Bình", response.text)
        self.assertEqual(self._receipt_logs(self.member_an), 1)
        for line_id in (self.binh_march.id, self.an_april.id, 999_999_999):
            response = self.url_open(f"/my/party/fees/receipt/{line_id}")
            self.assertEqual(response.status_code, 404, line_id)
            self.assertNotIn("BL-BINH-03", response.text)
        self.assertEqual(self._receipt_logs(self.member_binh), 0)
        self.assertFalse(
            self.env["ir.attachment"].search_count(
                [("res_model", "=", "party.fee.line")]
            )
        )

    def test_receipt_pdf(self):
        """The service behind the route makes a real PDF of the member's own
        line, rendered with sudo though the member has no right on fees;
        another member's line gives nothing."""
        Portal = (
            self.env["party.portal"]
            .with_user(self.portal_an)
            .with_context(force_report_rendering=True)
        )
        content, kind, file_name = Portal._portal_fee_receipt_pdf(self.an_march.id)
        self.assertEqual(kind, "pdf")
        self.assertTrue(content.startswith(b"%PDF"))
        self.assertEqual(file_name, f"receipt-{self.march:%Y-%m}.pdf")
        text = " ".join(self._pdf_pages(content))
        self.assertIn("BL-AN-03", text)
        self.assertIn("Nguyễn Văn An", text)
        self.assertNotIn("Trần Thị Bình", text)
        self.assertIsNone(Portal._portal_fee_receipt_pdf(self.binh_march.id))

    @mute_logger("odoo.http")
    def test_portal_user_reads_no_fee_over_rpc(self):
        """JSON-RPC on fee lines, even the member's own, and /web/content:
        refused."""
        self._login(self.portal_an)
        for model in ("party.fee.line", "party.fee.rule"):
            result, error = self._rpc(model, "search_read", [], fields=["id"])
            self.assertIsNone(result, model)
            self.assertIn("AccessError", error["data"]["name"], model)
        result, error = self._rpc(
            "party.fee.line", "read", [self.an_march.id], ["amount_paid"]
        )
        self.assertIsNone(result)
        self.assertIn("AccessError", error["data"]["name"])
        result, error = self._rpc(
            "party.portal", "_portal_fee_receipt_pdf", self.binh_march.id
        )
        self.assertIsNone(result)
        response = self.url_open(
            f"/web/content/party.fee.line/{self.binh_march.id}/receipt_number"
        )
        self.assertNotEqual(response.status_code, 200)

    def test_tour_phone(self):
        """On a phone: the tile's balance, My fees, a receipt link."""
        self.browser_size = "390x844"
        self.touch_enabled = True
        self.start_tour("/my/party", "party_portal_fees", login=self.portal_an.login)
