# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from datetime import date, datetime

import openpyxl

from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestRegisterXlsx(PartyDocsCase):
    """QA docs #20: the register spreadsheet in Vietnamese conventions."""

    def _export(self, direction):
        register = self.env["party.document.register"].create(
            {
                "organization_id": self.committee.id,
                "direction": direction,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
            }
        )
        register.action_export_xlsx()
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(register.xlsx_file)))
        return register, book

    def test_outgoing_sheet_dates_and_recipients(self):
        """Sheet "Văn bản đi", dates shown dd/mm/yyyy, and a recipients cell
        without a leading "; " when only outside recipients are set."""
        self._issue(
            self._doc(recipient_external="Ban Tổ chức Tỉnh ủy\nLưu Văn phòng Đảng ủy")
        )
        register, book = self._export("outgoing")
        self.assertEqual(book.sheetnames, ["Văn bản đi"])
        self.assertEqual(
            register.xlsx_filename, "so-dang-ky-van-ban-di-01-01-2025-31-12-2025.xlsx"
        )
        sheet = book["Văn bản đi"]
        self.assertEqual(sheet.cell(2, 1).value, "01/01/2025 – 31/12/2025")
        number, day, _type, _summary, _signer, recipients, _secrecy = next(
            sheet.iter_rows(min_row=5, max_row=5)
        )
        self.assertEqual(number.value, "01-NQ/ĐU")
        self.assertEqual(day.value, datetime(2025, 3, 1))
        self.assertEqual(day.number_format, "dd/mm/yyyy")
        self.assertEqual(recipients.value, "Ban Tổ chức Tỉnh ủy; Lưu Văn phòng Đảng ủy")

    def test_recipients_join_organisations_and_outside(self):
        """Organisations first, then outside recipients, separated by "; "."""
        self._issue(
            self._doc(
                recipient_organization_ids=[(6, 0, (self.cell_1 | self.cell_2).ids)],
                recipient_external="- Lưu Văn phòng.",
            )
        )
        _register, book = self._export("outgoing")
        row = next(book["Văn bản đi"].iter_rows(min_row=5, values_only=True))
        self.assertEqual(row[5], "Chi bộ 1; Chi bộ 2; Lưu Văn phòng")

    def test_incoming_sheet_name(self):
        """Sheet "Văn bản đến" for the incoming register."""
        self._doc(
            direction="incoming",
            number_symbol="7-CV/ĐUK",
            sender="Đảng ủy Khối",
            arrival_date=date(2025, 3, 3),
        )
        register, book = self._export("incoming")
        self.assertEqual(book.sheetnames, ["Văn bản đến"])
        row = next(book["Văn bản đến"].iter_rows(min_row=5))
        self.assertEqual(row[1].number_format, "dd/mm/yyyy")
        self.assertTrue(register.xlsx_filename.startswith("so-dang-ky-van-ban-den-"))
