# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member form (2-HSĐV) and the party cards as real PDFs
(issue 11, QA members #5)."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .reports_common import CARDS, FORM, MemberReportCase


@tagged("post_install", "-at_install")
class TestMemberFormPdf(MemberReportCase, HttpCase):
    def test_one_member_with_photo(self):
        """QA #5: a member with a photo prints; diacritics, dates and cell
        read back; one access-log line."""
        pdf = self._render_pdf(FORM, self.tuyet, user=self.user_secretary)
        pages = self._pdf_pages(pdf)
        self.assertEqual(len(pages), 1)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})
        self._assertPdfText(
            pages[0],
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Mẫu 2-HSĐV",
            "PHIẾU ĐẢNG VIÊN",
            "NGUYỄN THỊ ÁNH TUYẾT",
            "09/07/1965",
            "Xã Đông Hưng, tỉnh Thái Bình",
            "01/01/1990",
            "Chi bộ 2",
            "NGƯỜI KHAI",
        )
        printed = self._printed(self.user_secretary, "2-HSĐV")
        self.assertEqual(printed.member_id, self.tuyet)

    def test_several_members_one_pdf(self):
        """Three members: one PDF, one page each, one log line each."""
        members = self.in_scope | self._official("Lò Văn Páo", self.cell_2)
        pages = self._pdf_pages(
            self._render_pdf(FORM, members, user=self.user_secretary)
        )
        self.assertEqual(len(pages), 3)
        self.assertIn("ĐẶNG QUỐC KHÁNH", pages[1])
        self.assertIn("LÒ VĂN PÁO", pages[2])
        printed = self._printed(self.user_secretary, "2-HSĐV")
        self.assertEqual(len(printed), 3)
        self.assertEqual(printed.member_id, members)

    def test_member_with_empty_optional_fields(self):
        """A member with a name only (no dates, photo or card) prints."""
        member = self._member("Vàng Thị Mỷ", self.cell_2)
        text = self._text(FORM, member)
        self._assertPdfText(text, "VÀNG THỊ MỶ", "Ảnh 3×4", "Ngày ...... tháng")

    def test_user_text_is_text(self):
        """Markup in a member's field prints as its characters."""
        member = self._member("Ngoặc Nhọn", self.cell_2, birth_place="Cty <ABC> & co")
        self.assertIn("Cty <ABC> & co", self._text(FORM, member))

    def test_form_over_http_as_secretary(self):
        """The secretary fetches the 2-HSĐV over HTTP; the action is the report,
        which stores nothing."""
        action = self.tuyet.with_user(self.user_secretary).action_print_member_form()
        self.assertEqual(action["type"], "ir.actions.report")
        report = self.env.ref(FORM)
        self.assertFalse(report.attachment)
        self.assertEqual(report.binding_type, "report")
        self.assertEqual(report.binding_model_id.model, "party.member")
        self._fetch_pdf(
            FORM, self.in_scope, self.user_secretary.login, "NGUYỄN THỊ ÁNH TUYẾT"
        )


@tagged("post_install", "-at_install")
class TestCardSheetPdf(MemberReportCase, HttpCase):
    """The party cards in the Print menu: reportlab behind a report action."""

    def test_cards_one_and_several(self):
        """One card, then two: one PDF, numbers and names read back; logged."""
        cards = self._card(self.tuyet) | self._card(self.khanh)
        one = " ".join(self._pdf_pages(self._render_pdf(CARDS, cards[:1])))
        self._assertPdfText(one, "NGUYỄN THỊ ÁNH TUYẾT", cards[0].number)
        pdf = self._render_pdf(CARDS, cards, user=self.user_secretary)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})
        text = " ".join(self._pdf_pages(pdf))
        self._assertPdfText(text, "ĐẶNG QUỐC KHÁNH", cards[1].number)
        printed = self._printed(self.user_secretary, "party card")
        self.assertEqual(printed.member_id, self.in_scope)

    def test_card_without_issuer_or_birth_date(self):
        member = self._official("Lò Văn Páo", self.cell_2)
        card = self._card(member, issuer_name=False)
        text = " ".join(self._pdf_pages(self._render_pdf(CARDS, card)))
        self._assertPdfText(text, "LÒ VĂN PÁO", card.number)

    def test_cards_over_http_as_secretary(self):
        """Over HTTP the secretary gets the PDF itself (no wkhtmltopdf)."""
        card = self._card(self.tuyet)
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        name = self.env.ref(CARDS).report_name
        response = self.url_open(f"/report/pdf/{name}/{card.id}", timeout=60)
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response.headers["Content-Type"], "application/pdf")
        self.assertIn(card.number, " ".join(self._pdf_pages(response.content)))

    def test_outsider_card_refused(self):
        card = self._card(self.outsider)
        with self.assertRaises(AccessError):
            self._render_pdf(CARDS, card, user=self.user_secretary)
