# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_kpi.tests import test_kpi_drilldown

from .common import YEAR, PartyKpiAdmissionCase

NUMERATOR = test_kpi_drilldown.NUMERATOR


@tagged("post_install", "-at_install")
class TestKpiAdmissionDrillDown(
    PartyKpiAdmissionCase, test_kpi_drilldown.TestKpiDrillDown
):
    """party_kpi's drill-down and query-count checks, over its measures and
    the admission measure of this addon."""

    allow_inherited_tests_method = True

    COUNTED = {
        **test_kpi_drilldown.TestKpiDrillDown.COUNTED,
        "admissions_plan": NUMERATOR,
    }

    @classmethod
    def _setup_measure_data(cls):
        result = super()._setup_measure_data()
        cls._member("Kết nạp 1", cls.cell_1, date(YEAR, 5, 19))
        cls._member("Kết nạp 2", cls.cell_2, date(YEAR, 6, 2))
        cls._candidates(1, cls.cell_1, date(YEAR, 9, 2))
        return result
