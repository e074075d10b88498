# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
from datetime import date

import openpyxl

from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestRegister(PartyDocsCase):
    def _register(self, direction, user=None):
        wizard = self.env["party.document.register"]
        if user:
            wizard = wizard.with_user(user)
        return wizard.create(
            {
                "organization_id": self.committee.id,
                "direction": direction,
                "date_from": date(2025, 1, 1),
                "date_to": date(2025, 12, 31),
            }
        )

    def test_outgoing_register_lists_issued_documents_of_period(self):
        """The outgoing register lists the period's issued documents in number order."""
        self._issue(self._doc(summary="Thứ nhất"))
        self._issue(self._doc(summary="Thứ hai"))
        self._doc(summary="Nháp")
        self._issue(self._doc(summary="Năm sau", date=date(2026, 2, 1)))
        register = self._register("outgoing")
        self.assertEqual(
            register._get_documents().mapped("summary"), ["Thứ nhất", "Thứ hai"]
        )
        html = (
            self.env["ir.actions.report"]
            ._render_qweb_html(
                "party_docs.report_party_document_register", register.ids
            )[0]
            .decode()
        )
        self.assertIn("01-NQ/ĐU", html)
        self.assertNotIn("Nháp", html)

    def test_incoming_register_xlsx(self):
        """The incoming register exports arrival numbers and senders as XLSX."""
        self._doc(
            direction="incoming",
            number_symbol="7-CV/ĐUK",
            sender="Đảng ủy Khối",
            arrival_date=date(2025, 3, 3),
        )
        register = self._register("incoming")
        register.action_export_xlsx()
        book = openpyxl.load_workbook(io.BytesIO(base64.b64decode(register.xlsx_file)))
        rows = list(book.active.iter_rows(min_row=5, values_only=True))
        self.assertEqual(rows[0][0], 1)
        self.assertEqual(rows[0][2], "Đảng ủy Khối")
        self.assertEqual(rows[0][3], "7-CV/ĐUK")

    def test_register_hides_secret_documents_from_others(self):
        """A register printed by someone outside the audience omits secret documents."""
        self._issue(self._doc(summary="Mật", secrecy="secret"))
        self.user_secretary.party_organization_ids = self.committee
        register = self._register("outgoing", self.user_secretary)
        self.assertFalse(register._get_documents())
        self.assertEqual(self._register("outgoing")._get_documents().summary, "Mật")
