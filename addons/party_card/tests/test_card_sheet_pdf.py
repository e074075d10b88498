# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The party cards in the Print menu as real PDFs (issue 11)."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.reports_common import MemberReportCase
from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .common_cards import PartyCardCase

CARDS = "party_card.party_card_sheet_report"


class CardSheetCase(MemberReportCase, PartyCardCase):
    """Two members of cell_2 (the secretary's scope) and one of cell_1."""


@tagged("post_install", "-at_install")
class TestCardSheetPdf(CardSheetCase, HttpCase):
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

    def test_html_preview_as_secretary(self):
        """The HTML preview of the reportlab reports shows the same cards."""
        card = self._card(self.tuyet)
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        for xmlid in (CARDS, "party_card.party_card_single_report"):
            name = self.env.ref(xmlid).report_name
            response = self.url_open(f"/report/html/{name}/{card.id}", timeout=60)
            self.assertEqual(response.status_code, 200, response.text[:300])
            self.assertIn("text/html", response.headers["Content-Type"])
            self.assertIn(card.number, response.text)
            self.assertIn("NGUYỄN THỊ ÁNH TUYẾT", response.text)

    def test_html_preview_outsider_refused(self):
        """The preview reads the cards as the user: none outside the scope."""
        card = self._card(self.outsider)
        report = self.env["ir.actions.report"].with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            report._render_qweb_html(CARDS, card.ids)

    def test_outsider_card_refused(self):
        card = self._card(self.outsider)
        with self.assertRaises(AccessError):
            self._render_pdf(CARDS, card, user=self.user_secretary)
