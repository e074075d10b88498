# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from ..tools import print_format, spreadsheet
from .engine_case import EngineCase


class TestToolsDoctests(EngineCase):
    def test_doctests(self):
        """The examples in the docstrings of party_org's pure tools hold."""
        self.assertDoctests(print_format, spreadsheet)
