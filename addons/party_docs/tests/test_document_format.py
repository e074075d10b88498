# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import BaseCase, tagged

from ..report import document_format


@tagged("post_install", "-at_install")
class TestDocumentFormat(BaseCase):
    """The texts of a printed party document (Hướng dẫn 36-HD/VPTW)."""

    def test_issuing_body_is_the_committee(self):
        """A Đảng bộ's documents are issued by its Đảng ủy; a Chi bộ by itself."""
        self.assertEqual(
            document_format.issuing_body(
                "Đảng bộ Tổng công ty", "grassroots_committee"
            ),
            "Đảng ủy Tổng công ty",
        )
        self.assertEqual(document_format.issuing_body("Chi bộ 1", "cell"), "Chi bộ 1")

    def test_number_title_and_recipients(self):
        """Number line before and after numbering, the công văn has no title,
        the recipients end with the file copy."""
        self.assertEqual(
            document_format.number_line("12-NQ/ĐU", "NQ", "ĐU"), "Số 12-NQ/ĐU"
        )
        self.assertEqual(
            document_format.number_line(False, "NQ", "ĐU"), "Số     -NQ/ĐU"
        )
        self.assertEqual(document_format.type_title("NQ", "Resolution"), "NGHỊ QUYẾT")
        self.assertEqual(document_format.type_title("CV", "Official Letter"), "")
        self.assertEqual(
            document_format.recipient_lines(
                ["Chi bộ 1"], "- Ban Tổ chức;\nLưu Văn phòng Đảng ủy"
            ),
            ["- Chi bộ 1,", "- Ban Tổ chức,", "- Lưu Văn phòng Đảng ủy."],
        )
