# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT, PdfReportMixin

from .common_cards import PartyCardCase

CARD = "party_card.party_card_report"


@tagged("post_install", "-at_install")
class TestCardReportPdf(PdfReportMixin, HttpCase, PartyCardCase):
    """The party card sheet (QWeb layout) as a real PDF."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.cards = cls.env["party.card"]
        for name, birth in (
            ("Nguyễn Thị Ánh Tuyết", date(1988, 7, 9)),
            ("Đặng Quốc Khánh", date(1979, 12, 1)),
            ("Hoàng Văn Nam", date(1990, 1, 2)),
        ):
            member = cls._official(name, birth_date=birth)
            cls.cards |= cls._card(member)

    def test_one_card(self):
        """One card prints the upper-case name, dates dd/mm/yyyy, number and issuer."""
        pdf = self._render_pdf(CARD, self.cards[0])
        text = " ".join(self._pdf_pages(pdf))
        self._assertPdfText(
            text,
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            "THẺ ĐẢNG VIÊN",
            "NGUYỄN THỊ ÁNH TUYẾT",
            "09/07/1988",
            "03/02/2024",
            self.cards[0].number,
            "Đảng ủy Khối Doanh nghiệp Trung ương",
        )
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_PORTRAIT})

    def test_several_cards_one_pdf(self):
        """Three cards print into one PDF, every holder and number present."""
        text = " ".join(self._pdf_pages(self._render_pdf(CARD, self.cards)))
        for card in self.cards:
            self.assertIn(card.number, text)
        self._assertPdfText(text, "ĐẶNG QUỐC KHÁNH", "HOÀNG VĂN NAM")

    def test_card_with_empty_optional_fields(self):
        """A card of a member without birth date or photo, and no issuer, prints."""
        member = self._official("Lò Văn Páo")
        card = self._card(member, issuer_name=False)
        text = " ".join(self._pdf_pages(self._render_pdf(CARD, card)))
        self._assertPdfText(text, "LÒ VĂN PÁO", card.number)

    def test_card_over_http_as_office(self):
        """The party office prints the card sheet and downloads it over HTTP."""
        office = self.user_office
        text = " ".join(
            self._pdf_pages(self._render_pdf(CARD, self.cards, user=office))
        )
        self.assertIn("NGUYỄN THỊ ÁNH TUYẾT", text)
        self._fetch_pdf(CARD, self.cards, office.login, self.cards[0].number)
