# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member form (2-HSĐV) as a real PDF, who may print it, and the access
log of its prints and of the member list (7-HSĐV) exports (issue 11, QA
members #5, security review M3)."""

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_member.tests.reports_common import MemberReportCase
from odoo.addons.party_org.tests.pdf_common import A4_PORTRAIT

from .test_sheet_files import png

FORM = "party_member_sheet.party_member_form_report"


class MemberFormCase(MemberReportCase):
    """The report members; Nguyễn Thị Ánh Tuyết with her birthplace and photo."""

    @classmethod
    def _member_report_values(cls, key):
        if key != "tuyet":
            return {}
        return {"birth_place": "Xã Đông Hưng, tỉnh Thái Bình", "image_1920": png()}


@tagged("post_install", "-at_install")
class TestMemberFormPdf(MemberFormCase, HttpCase):
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
class TestMemberFormRedTeam(MemberFormCase, HttpCase):
    """A secretary cannot print members outside their scope, over RPC or
    HTTP, and a refused print leaves no access-log line."""

    def _html(self, report, records, user):
        return (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(self.env.ref(report).report_name, records.ids)
        )

    def _assert_refused(self, report, records, user=None):
        user = user or self.user_secretary
        with self.assertRaises(AccessError):
            self._html(report, records, user)
        self.assertFalse(
            self.env["party.member.access.log"].search([("user_id", "=", user.id)])
        )

    def test_member_form_outside_scope(self):
        """2-HSĐV of a member of another cell, alone or hidden in a selection."""
        self._assert_refused(FORM, self.outsider)
        self._assert_refused(FORM, self.in_scope | self.outsider)
        with self.assertRaises(AccessError):
            self.outsider.with_user(self.user_secretary).action_print_member_form()

    def test_member_form_by_plain_member(self):
        """A party member without the secretary group prints nobody's form."""
        self._assert_refused(FORM, self.tuyet, self.user_member)

    @mute_logger("odoo.http")
    def test_http_outside_scope(self):
        """Over HTTP the outsider's form is refused, unprinted."""
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        name = self.env.ref(FORM).report_name
        response = self.url_open(f"/report/pdf/{name}/{self.outsider.id}", timeout=60)
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn("Hoàng Văn Nam", response.text)

    def test_prints_and_exports_logged(self):
        """M3: the 2-HSĐV form and the 7-HSĐV list are logged."""
        Report = self.env["ir.actions.report"].with_user(self.user_secretary)
        Report._render_qweb_html(FORM, self.tuyet.ids)
        self.in_scope.with_user(self.user_secretary).action_export_member_sheet()
        prints = self._logged(self.user_secretary, "print")
        self.assertEqual(prints.mapped("field_names"), ["2-HSĐV"])
        self.assertEqual(prints.member_id, self.tuyet)
        exports = self._logged(self.user_secretary, "export")
        self.assertEqual(exports.member_id, self.in_scope)
