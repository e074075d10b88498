# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo.exceptions import ValidationError
from odoo.tests import tagged

from .common import YEAR, PartyKpiCase


@tagged("post_install", "-at_install")
class TestKpi(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Value = cls.env["party.kpi.value"]
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2

    def _kpi(self, measure, **vals):
        return self.env["party.kpi"].create(
            {"code": f"T_{measure}", "name": measure, "measure": measure, **vals}
        )

    def _values(self, kpi, day):
        values = kpi._compute_values(day, self.orgs)
        return {value.organization_id: value for value in values}

    def test_thresholds_state(self):
        """Values are coloured good / warning / bad by the KPI thresholds."""
        kpi = self._kpi(
            "members_by_grade",
            periodicity="yearly",
            good_threshold=80,
            warning_threshold=60,
        )
        for points, org in ((85, self.cell_1), (85, self.cell_2), (40, self.cell_2)):
            self._review(self._official(f"ĐV {points}", org), points, state="proposed")
        values = self._values(kpi, date(YEAR, 12, 31))
        self.assertEqual(values[self.cell_1].value, 100)
        self.assertEqual(values[self.cell_1].state, "good")
        self.assertEqual(values[self.cell_2].value, 50)
        self.assertEqual(values[self.cell_2].state, "bad")
        # Roll-up: 2 of 3 in the committee's subtree.
        self.assertAlmostEqual(values[self.committee].value, 66.67)
        self.assertEqual(values[self.committee].state, "warning")
        kpi.write({"direction": "lower", "good_threshold": 50, "warning_threshold": 70})
        self.assertEqual(values[self.cell_2].state, "good")
        with self.assertRaises(ValidationError):
            kpi.warning_threshold = 10

    def test_history_kept(self):
        """Computing a period again archives the earlier values."""
        kpi = self._kpi("members_by_grade", periodicity="yearly")
        first = self._values(kpi, date(YEAR, 12, 31))[self.cell_1]
        second = self._values(kpi, date(YEAR, 12, 31))[self.cell_1]
        self.assertFalse(first.active)
        self.assertTrue(second.active)
        self.assertEqual(
            self.Value.with_context(active_test=False).search_count(
                [("kpi_id", "=", kpi.id), ("organization_id", "=", self.cell_1.id)]
            ),
            2,
        )

    def test_no_data_no_state(self):
        """Nothing to count: no value and no colour."""
        kpi = self._kpi("probation_on_time", periodicity="quarterly")
        value = self._values(kpi, date(YEAR, 5, 1))[self.cell_1]
        self.assertFalse(value.has_value)
        self.assertFalse(value.state)

    def test_probation_on_time(self):
        """Recognition within 30 working days of the probation's end counts
        as on time; later does not."""
        kpi = self._kpi("probation_on_time", periodicity="quarterly")
        on_time = self._member(
            "Đúng hạn",
            self.cell_1,
            date(YEAR - 1, 4, 10),
            admission_date=date(YEAR - 1, 4, 10),
        )
        late = self._member(
            "Trễ hạn",
            self.cell_1,
            date(YEAR - 1, 5, 10),
            admission_date=date(YEAR - 1, 5, 10),
        )
        # The vote dates count, not the recognition dates (Quy định 294-QĐ/TW).
        for member, vote in (
            (on_time, on_time.probation_end_date + timedelta(days=30)),
            (late, date(YEAR, 9, 1)),
        ):
            member._add_event("official_recognition", member.probation_end_date)
            member.write(
                {
                    "official_date": member.probation_end_date,
                    "recognition_vote_date": vote,
                }
            )
        self.assertEqual(on_time.probation_end_date.year, YEAR)
        value = self._values(kpi, on_time.probation_end_date)[self.cell_1]
        self.assertEqual((value.numerator, value.denominator, value.value), (1, 2, 50))
        action = value.action_open_records()
        self.assertEqual(
            self.env[action["res_model"]].search(action["domain"]), on_time | late
        )

    def test_members_by_grade_records(self):
        """A grade value opens the reviews behind it."""
        kpi = self._kpi("members_by_grade", periodicity="yearly")
        review = self._review(
            self._official("ĐV xếp loại", self.cell_2), 80, state="proposed"
        )
        value = self._values(kpi, date(YEAR, 6, 30))[self.sub_committee]
        self.assertEqual(value.value, 100)
        action = value.action_open_records()
        self.assertEqual(self.env[action["res_model"]].search(action["domain"]), review)

    def test_cron_and_button(self):
        """The scheduled action and the button fill the current period."""
        self.env["party.kpi"]._cron_compute()
        kpis = self.env["party.kpi"].search([])
        values = self.Value.search(
            [("kpi_id", "in", kpis.ids), ("organization_id", "=", self.cell_1.id)]
        )
        self.assertTrue(values)
        action = kpis[:1].action_compute()
        self.assertEqual(action["res_model"], "party.kpi.value")
