# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The badge proposal lists and the party cards as real PDFs (issue 11)."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .reports_common import (
    A4_LANDSCAPE,
    AWARDS,
    CARDS,
    OCCASION,
    PROPOSAL,
    MemberReportCase,
)


@tagged("post_install", "-at_install")
class TestBadgeListPdf(MemberReportCase, HttpCase):
    def _proposal(self):
        wizard = (
            self.env["party.badge.proposal"]
            .with_user(self.user_secretary)
            .create({"occasion_date": OCCASION, "organization_id": self.cell_2.id})
        )
        wizard.action_compute()
        return wizard

    def test_proposal_list(self):
        """The wizard's list: landscape, names, dates, milestone; logged."""
        wizard = self._proposal()
        self.assertEqual(wizard.line_ids.member_id, self.in_scope)
        self.assertEqual(
            wizard.action_print_pdf()["report_name"],
            "party_member.report_party_badge_proposal",
        )
        pdf = self._render_pdf(PROPOSAL, wizard)
        self.assertEqual(set(self._pdf_page_sizes(pdf)), {A4_LANDSCAPE})
        text = " ".join(self._pdf_pages(pdf))
        self._assertPdfText(
            text,
            "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
            "Dịp 03/02/2026",
            "Nguyễn Thị Ánh Tuyết",
            "Đặng Quốc Khánh",
            "09/07/1965",
            "30",
        )
        printed = self._printed(self.user_secretary, "badge proposals")
        self.assertEqual(printed.member_id, self.in_scope)

    def test_award_list_from_print_menu(self):
        """Selected awards print as one list (Print menu of party.badge.award)."""
        wizard = self._proposal()
        action = wizard.action_create_proposals()
        awards = self.env["party.badge.award"].search(action["domain"])
        self.assertEqual(len(awards), 2)
        report = self.env.ref(AWARDS)
        self.assertEqual(report.binding_model_id.model, "party.badge.award")
        text = self._text(AWARDS, awards, user=self.user_secretary)
        self._assertPdfText(text, "HUY HIỆU ĐẢNG", "Nguyễn Thị Ánh Tuyết", "Chi bộ 2")
        one = self._text(AWARDS, awards[:1])
        self.assertIn(awards[:1].member_id.name, one)
        self._fetch_pdf(AWARDS, awards, self.user_secretary.login, "Đặng Quốc Khánh")

    def test_award_without_birth_date(self):
        """An award of a member without birth date prints an empty cell."""
        self.khanh.birth_date = False
        awards = self.env["party.badge.award"]._create_proposals(
            OCCASION, [(self.khanh.id, self.cell_2.id, 30)]
        )
        text = self._text(AWARDS, awards)
        self._assertPdfText(text, "Đặng Quốc Khánh", "04/05/1991")

    def test_proposal_over_http_as_secretary(self):
        """The secretary fetches the wizard's list over HTTP."""
        self._fetch_pdf(
            PROPOSAL,
            self._proposal(),
            self.user_secretary.login,
            "DANH SÁCH ĐỀ NGHỊ TẶNG HUY HIỆU ĐẢNG",
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
