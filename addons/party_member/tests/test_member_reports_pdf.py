# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member form (2-HSĐV) and the badge proposal lists as real PDFs
(issue 11, QA members #5)."""

from odoo.tests import HttpCase, tagged

from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .reports_common import (
    A4_LANDSCAPE,
    AWARDS,
    FORM,
    OCCASION,
    PROPOSAL,
    MemberReportCase,
)


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

    def test_member_form_pdf(self):
        """The member record form (2-HSĐV) is a report, streamed and not stored
        (the PDF itself: test_member_reports_pdf)."""
        action = self.tuyet.action_print_member_form()
        self.assertEqual(action["type"], "ir.actions.report")
        self.assertEqual(action["report_name"], "party_member.report_party_member_form")
        self.assertFalse(
            self.env.ref("party_member.party_member_form_report").attachment
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
