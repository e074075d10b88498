# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The import speaks the member's own messages, in the user's language
(issue 14: one catalogue per engine, English msgids, vi.po)."""

import base64

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .test_member_import import MemberImportCase, build_sheet, member_row

VI = "vi_VN"
BAD_ID = "12345"


@tagged("post_install", "-at_install")
class TestImportMessages(MemberImportCase):
    def _import_as(self, lang, rows):
        wizard = (
            self.env["party.member.import"]
            .with_user(self.user_office)
            .with_context(lang=lang)
            .create(
                {
                    "file": base64.b64encode(build_sheet(rows)),
                    "file_name": "ds.xlsx",
                }
            )
        )
        wizard.action_import()
        return wizard

    def test_citizen_id_message_shared_with_member_constraint(self):
        """The import and the member constraint refuse a bad citizen ID with
        the same message (one catalogue, not two copies)."""
        expected = (
            f"Citizen ID {BAD_ID} must be 12 digits starting with a province "
            "code 001-096."
        )
        wizard = self._import_as("en_US", [member_row(1, citizen_id=BAD_ID)])
        self.assertIn(expected, wizard.report)
        with self.assertRaises(ValidationError) as caught:
            self._member("Số sai", citizen_id=BAD_ID)
        self.assertIn(expected, str(caught.exception))

    def test_each_user_reads_their_language(self):
        """A Vietnamese user reads the refusals in Vietnamese only, an English
        user in English only: no bilingual message."""
        self.env["res.lang"]._activate_lang(VI)
        rows = [member_row(1, citizen_id=BAD_ID, sex="X")]
        report_vi = self._import_as(VI, rows).report
        self.assertTrue(report_vi.startswith("Dòng "), report_vi)
        self.assertIn(f"Số CCCD {BAD_ID} phải gồm 12 chữ số", report_vi)
        self.assertIn("Giới tính X phải là một trong các giá trị: Nam, Nữ", report_vi)
        self.assertNotIn("must be", report_vi)
        report_en = self._import_as("en_US", rows).report
        self.assertIn("Sex X must be one of: Nam, Nữ.", report_en)
        self.assertNotIn("Số CCCD", report_en)
