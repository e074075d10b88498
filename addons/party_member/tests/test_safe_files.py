# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Generated files are safe to open: no formula in a spreadsheet, no fetch
from a PDF (security review M5, M9)."""

import http.server
import io
import threading

import openpyxl
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate

from odoo.tests import tagged

from odoo.addons.party_org.tools.spreadsheet import safe_cell

from ..report.tables import xlsx_table
from .common import PartyMemberCase

FORMULAS = ("=1+1", '=HYPERLINK("http://evil.example","bấm")', "+1", "-1+2", "@SUM(A1)")


class _Listener(http.server.BaseHTTPRequestHandler):
    hits = []

    def do_GET(self):
        self.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


def formula_cells(data):
    """The cells of an XLSX file that a spreadsheet would run as formulas."""
    book = openpyxl.load_workbook(io.BytesIO(data), data_only=False)
    return [
        cell.coordinate
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if cell.data_type == "f"
        or (isinstance(cell.value, str) and cell.value.startswith(("=", "+", "@")))
    ]


def start_listener(case):
    """Serve 127.0.0.1 for the test class ``case``: ``case.img`` is markup
    that would fetch from it (its hits land in ``_Listener.hits``)."""
    case.listener = http.server.HTTPServer(("127.0.0.1", 0), _Listener)
    threading.Thread(target=case.listener.serve_forever, daemon=True).start()
    case.addClassCleanup(case.listener.server_close)
    case.addClassCleanup(case.listener.shutdown)
    case.img = (
        f'<img src="http://127.0.0.1:{case.listener.server_port}/meta-data" '
        'width="1" height="1"/>'
    )


@tagged("post_install", "-at_install")
class TestSafeFiles(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        start_listener(cls)

    def test_safe_cell(self):
        """M5: text starting with = + - @ tab or CR stays text; values pass."""
        for text in (*FORMULAS, "\t=1", "\r=1"):
            self.assertEqual(safe_cell(text), "'" + text)
        for value in ("Hà Nội", "", None, 5, -5, 2.5):
            self.assertEqual(safe_cell(value), value)

    def test_tables_never_hold_formulas(self):
        """M5: fee books and badge lists write text as text, numbers as numbers."""
        rows = [(index, text, 1000) for index, text in enumerate(FORMULAS, start=1)]
        data = xlsx_table("=Sheet", "=title", ["STT", "=Họ tên", "Số tiền"], rows)
        self.assertEqual(formula_cells(data), [])
        ws = openpyxl.load_workbook(io.BytesIO(data)).active
        self.assertEqual(ws["B4"].value, "'=1+1")
        self.assertEqual(ws["C4"].value, 1000)

    def test_reportlab_fetches_nothing(self):
        """M9: even raw markup cannot make reportlab fetch a URL."""
        doc = SimpleDocTemplate(io.BytesIO())
        with self.assertRaises(OSError):
            doc.build([Paragraph(self.img, getSampleStyleSheet()["Normal"])])
        self.assertEqual(_Listener.hits, [])
