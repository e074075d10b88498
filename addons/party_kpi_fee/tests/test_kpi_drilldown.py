# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from odoo.addons.party_kpi.tests import test_kpi_drilldown

from .common import PartyKpiFeeCase

DENOMINATOR = test_kpi_drilldown.DENOMINATOR


@tagged("post_install", "-at_install")
class TestKpiFeeDrillDown(PartyKpiFeeCase, test_kpi_drilldown.TestKpiDrillDown):
    """party_kpi's drill-down and query-count checks, over its measures and
    the fee measure of this addon."""

    allow_inherited_tests_method = True

    COUNTED = {
        **test_kpi_drilldown.TestKpiDrillDown.COUNTED,
        "fees_on_time": DENOMINATOR,
    }

    @classmethod
    def _setup_measure_data(cls):
        result = super()._setup_measure_data()
        members = cls._official("Đảng phí 1", cls.cell_1) | cls._official(
            "Đảng phí 2", cls.cell_2
        )
        cls._fee_lines(members, (1, 2, 3))
        return result
