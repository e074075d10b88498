# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member list (7-HSĐV) and member form (2-HSĐV) files: safe to open,
private to their creator, short-lived; uploaded files bounded (security
review M5, M9, L4; QA members #1, #5, #19)."""

import base64
import io
import zipfile
from datetime import timedelta
from unittest.mock import patch

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged

from odoo.addons.party_member.tests.images import _png as png
from odoo.addons.party_member.tests.test_safe_files import (
    FORMULAS,
    _Listener,
    formula_cells,
    start_listener,
)

from ..engine import member_sheet_xlsx as xlsx
from .test_member_import import MemberImportCase, build_sheet, member_row


@tagged("post_install", "-at_install")
class TestSheetFiles(MemberImportCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        start_listener(cls)

    def test_member_list_never_holds_formulas(self):
        """M5, QA #19: text of the 7-HSĐV export is never a formula."""
        member = self._official(
            "CHUỖI BẰNG",
            note=FORMULAS[0],
            hometown=FORMULAS[1],
            occupation=FORMULAS[4],
            professional_qualification=FORMULAS[2],
        )
        action = member.with_user(self.user_office).action_export_member_sheet()
        export = self.env["party.download"].browse(int(action["url"].split("/")[4]))
        data = base64.b64decode(export.file)
        self.assertEqual(formula_cells(data), [])
        rows = xlsx.read_workbook(data)
        self.assertEqual(rows[0][1]["note"], "'=1+1")
        self.assertEqual(rows[0][1]["hometown"], "'" + FORMULAS[1])

    def test_pdf_text_is_not_markup(self):
        """M9: user text never becomes markup: no fetch, a lone < prints."""
        member = self._official(
            "NGOẶC NHỌN", birth_place="a < b & c", current_residence=self.img
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "party_member_sheet.party_member_form_report", member.ids
            )[0]
            .decode()
        )
        self.assertIn("a &lt; b &amp; c", html)
        self.assertNotIn(self.img, html)
        self.assertEqual(_Listener.hits, [])

    def test_member_form_with_photo(self):
        """QA #5: the 2-HSĐV form prints for a member with a photo."""
        member = self._official("CÓ ẢNH", image_1920=png())
        action = member.action_print_member_form()
        self.assertEqual(
            action["report_name"], "party_member_sheet.report_party_member_form"
        )
        html = self.env["ir.actions.report"]._render_qweb_html(
            "party_member_sheet.party_member_form_report", member.ids
        )[0]
        self.assertIn(b"data:image/png;base64,", html)

    def test_import_into_own_companies_only(self):
        """L4: the import goes only into a company the user works in."""
        Import = self.env["party.member.import"].with_user(self.user_office)
        wizard = Import.create(
            {
                "file": base64.b64encode(build_sheet([member_row(1)])),
                "company_id": self.other_company.id,
            }
        )
        with self.assertRaises(AccessError):
            wizard.action_import()
        with self.assertRaises(AccessError):
            wizard.action_download_template()
        self.assertFalse(self._imported())

    def test_import_bounded(self):
        """L4: a zip bomb or too many rows is refused before it is read."""
        buffer = io.BytesIO()
        with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                "xl/sharedStrings.xml", " " * (xlsx.MAX_UNCOMPRESSED_BYTES + 1)
            )
        self.assertLess(len(buffer.getvalue()), 1024 * 1024)
        with self.assertRaisesText(UserError, "too large"):
            self._import(buffer.getvalue())
        with patch.object(xlsx, "MAX_IMPORT_ROWS", 2):
            with self.assertRaisesText(UserError, "too large"):
                self._import([member_row(1), member_row(2), member_row(3)])
            self.assertEqual(self._import([member_row(1), member_row(2)]).state, "done")

    def test_generated_files_deleted_after_an_hour(self):
        """QA #1: generated exports and prints are deleted by the hourly cron."""
        member = self._official("TỆP TẠM")
        export_action = member.with_user(self.user_office).action_export_member_sheet()
        book_action = (
            self.env["party.download"]
            .with_user(self.user_office)
            ._action_download(b"PK", "so-thu.xlsx")
        )
        Download = self.env["party.download"]
        export = Download.browse(int(export_action["url"].split("/")[4]))
        book_file = Download.browse(int(book_action["url"].split("/")[4]))
        Download._gc_generated_files()
        self.assertTrue(export.exists() and book_file.exists())
        with freeze_time(fields.Datetime.now() + timedelta(hours=2)):
            Download._gc_generated_files()
        self.assertFalse(export.exists() or book_file.exists())
        self.assertEqual(
            self.env.ref("party_org.ir_cron_party_generated_files").interval_type,
            "hours",
        )


@tagged("post_install", "-at_install")
class TestExportDownloadHttp(MemberImportCase, HttpCase):
    def test_export_readable_by_its_creator_only(self):
        """QA #1: GET /web/content of another user's 7-HSĐV export is refused."""
        self._secretary_on_sub_committee()
        member = self._official("XUẤT DANH SÁCH", self.cell_2)
        action = member.with_user(self.user_office).action_export_member_sheet()
        export_id = int(action["url"].split("/")[4])
        url = f"/web/content/party.download/{export_id}/file?download=true"
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        self.assertIn(self.url_open(url).status_code, (403, 404))
        own = member.with_user(self.user_secretary).action_export_member_sheet()
        response = self.url_open(own["url"])
        self.assertEqual(response.status_code, 200)
        self.assertTrue(response.content.startswith(b"PK"))
        Export = self.env["party.download"].with_user(self.user_secretary)
        self.assertEqual(Export.search([]).ids, [int(own["url"].split("/")[4])])
        self.authenticate(self.user_office.login, self.user_office.login)
        self.assertEqual(self.url_open(url).status_code, 200)
