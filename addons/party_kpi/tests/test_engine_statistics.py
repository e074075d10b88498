# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import doctest

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine import statistics
from ..engine.statistics import (
    education_category,
    occupation_category,
    qualification_category,
)


class TestEngineStatistics(EngineCase):
    def test_doctests(self):
        """The examples in the engine's docstring hold."""
        failed, _attempted = doctest.testmod(statistics)
        self.assertEqual(failed, 0)

    def test_categories(self):
        """Free text maps to the categories of the 11-HD/BTCTW forms."""
        self.assertEqual(education_category("5/12"), "primary")
        self.assertEqual(education_category("10/10"), "upper_secondary")
        self.assertEqual(qualification_category("Tiến sĩ Vật lý"), "doctorate")
        self.assertEqual(qualification_category("Cao đẳng kế toán"), "college")
        self.assertEqual(qualification_category("Trung cấp nghề"), "vocational")
        self.assertEqual(qualification_category(""), "none")
        self.assertEqual(occupation_category("Viên chức"), "public_employee")
        self.assertEqual(occupation_category("Giám đốc"), "manager")
        self.assertEqual(occupation_category(None), "other")
