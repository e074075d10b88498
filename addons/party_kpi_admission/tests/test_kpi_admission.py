# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import YEAR, PartyKpiAdmissionCase


@tagged("post_install", "-at_install")
class TestKpiAdmission(PartyKpiAdmissionCase):
    def test_measure_in_the_registry(self):
        """The bridge adds its measure to the KPI's selection, and the KPI of
        its data uses it."""
        self._assert_measure_of(
            "party_kpi_admission.kpi_admissions_plan", "admissions_plan"
        )

    def test_upgrade_gives_the_kpi_to_the_bridge(self):
        """Upgrading a database of before the split keeps the KPI's row."""
        self._assert_split_off("party_kpi_admission.kpi_admissions_plan")

    def test_admissions_plan(self):
        """Admissions of the period against the candidates planned for it;
        the value opens the admissions counted."""
        kpi = self.env["party.kpi"].create(
            {
                "code": "T_ADMISSIONS",
                "name": "Kết nạp",
                "measure": "admissions_plan",
                "periodicity": "yearly",
            }
        )
        admitted = self._member("Kết nạp mới", self.cell_1, date(YEAR, 5, 19))
        self._candidates(2, self.cell_1, date(YEAR, 9, 2))
        values = self._values(kpi, date(YEAR, 6, 1))
        self.assertEqual(values[self.cell_1].value, 50)
        action = values[self.cell_1].action_open_records()
        events = self.env[action["res_model"]].search(action["domain"])
        self.assertEqual(events.member_id, admitted)
