# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import doctest

from odoo.tests import BaseCase, tagged

from ..engine import pdf_split


@tagged("post_install", "-at_install")
class TestPdfSplit(BaseCase):
    def test_doctests(self):
        """Cutting a batch PDF back per document finds each first page in order."""
        self.assertFalse(doctest.testmod(pdf_split).failed)

    def test_no_cut_when_a_marker_is_missing_or_out_of_order(self):
        """An uncertain cut returns None (the caller renders one by one)."""
        texts = ["Số 01-NQ/ĐU a", "b", "Số 02-NQ/ĐU c"]
        self.assertEqual(pdf_split.find_starts(texts, ["Số 01-NQ/ĐU"]), [0])
        self.assertIsNone(pdf_split.find_starts(texts, ["Số 02-NQ/ĐU", "Số 01-NQ/ĐU"]))
        self.assertIsNone(pdf_split.find_starts(texts, ["Số 03-NQ/ĐU"]))
