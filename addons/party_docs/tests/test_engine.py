# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import doctest
from datetime import date

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import meetings, numbering, secret_box


class TestEngine(EngineCase):
    def test_doctests(self):
        """The engines' documented examples hold."""
        for module in (numbering, meetings, secret_box):
            result = doctest.testmod(module)
            self.assertFalse(result.failed, module.__name__)

    def test_symbol_format(self):
        """The symbol is <n>-<TYPE>/<issuer code> with two-digit small numbers."""
        self.assertEqual(numbering.format_number_symbol(7, "QĐ", "ĐU"), "07-QĐ/ĐU")
        with self.assertRaises(ValueError):
            numbering.format_number_symbol(0, "QĐ", "ĐU")

    def test_compliance_counts_months_and_quarters(self):
        """A month without a regular meeting and a quarter without a thematic one fail."""
        result = meetings.meeting_compliance(
            [("regular", date(2025, 4, 3)), ("thematic", date(2025, 4, 20))],
            date(2025, 3, 1),
            date(2025, 4, 30),
        )
        self.assertEqual(result["months"], {(2025, 3): False, (2025, 4): True})
        self.assertEqual(result["quarters"], {(2025, 1): False, (2025, 2): True})
