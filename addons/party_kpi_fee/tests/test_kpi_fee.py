# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import YEAR, PartyKpiFeeCase


@tagged("post_install", "-at_install")
class TestKpiFee(PartyKpiFeeCase):
    def test_measure_in_the_registry(self):
        """The bridge adds its measure to the KPI's selection, and the KPI of
        its data uses it."""
        self._assert_measure_of("party_kpi_fee.kpi_fees_on_time", "fees_on_time")

    def test_upgrade_gives_the_kpi_to_the_bridge(self):
        """Upgrading a database of before the split keeps the KPI's row."""
        self._assert_split_off("party_kpi_fee.kpi_fees_on_time")

    def test_fees_on_time(self):
        """A month's line paid in full by the end of its month is on time; a
        line paid later, or not at all, is not. The value opens the lines."""
        kpi = self.env["party.kpi"].create(
            {
                "code": "T_FEES",
                "name": "Đảng phí",
                "measure": "fees_on_time",
                "periodicity": "monthly",
            }
        )
        member_1 = self._official("Đóng đúng hạn", self.cell_1)
        member_2 = self._official("Đóng muộn", self.cell_2)
        member_3 = self._official("Chưa đóng", self.cell_2)
        on_time = self._fee_lines(
            member_1, (3,), amount_paid=50000, date=date(YEAR, 3, 31)
        )
        late = self._fee_lines(member_2, (3,), amount_paid=50000, date=date(YEAR, 4, 1))
        unpaid = self._fee_lines(member_3, (3,))
        self.assertEqual((on_time | late).mapped("state"), ["paid", "paid"])
        values = self._values(kpi, date(YEAR, 3, 15))
        self.assertEqual(values[self.cell_1].value, 100)
        self.assertEqual(values[self.cell_2].value, 0)
        self.assertAlmostEqual(values[self.committee].value, 33.33)
        self.assertEqual(values[self.committee].denominator, 3)
        action = values[self.cell_2].action_open_records()
        self.assertEqual(
            self.env[action["res_model"]].search(action["domain"]), late | unpaid
        )

    def test_risk_reads_unpaid_fee_months(self):
        """The risk features read the members' months not paid in full, per
        year; a member without fee lines has none."""
        members = self._members(3, self.cell_1, "Rủi ro")
        self._fee_lines(members[0], (1, 2, 3))
        self._fee_lines(members[1], (1,), amount_paid=50000, date=date(YEAR, 1, 5))
        self._fee_lines(members[1], (2,), amount_paid=20000, date=date(YEAR, 2, 5))
        self._fee_lines(members[1], (5,), year=YEAR - 1)
        features = self.env["party.member"]._risk_features(
            members.ids, [YEAR - 1, YEAR]
        )
        self.assertEqual(features[(members[0].id, YEAR)][2], 3.0)
        self.assertEqual(features[(members[1].id, YEAR)][2], 1.0)
        self.assertEqual(features[(members[1].id, YEAR - 1)][2], 1.0)
        self.assertEqual(features[(members[2].id, YEAR)][2], 0.0)
