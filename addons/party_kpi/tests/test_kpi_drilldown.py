# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import YEAR, PartyKpiCase

# What the drill-down lists, per measure: the records of the denominator or
# of the numerator.
DENOMINATOR = "denominator"
NUMERATOR = "numerator"


@tagged("post_install", "-at_install")
class TestKpiDrillDown(PartyKpiCase):
    """Every measure of the registry against its drill-down and its query
    count. An addon that adds measures subclasses this case (import the
    module, not the class): it adds its records in ``_setup_measure_data``
    and its measures to ``COUNTED``."""

    COUNTED = {
        "probation_on_time": DENOMINATOR,
        "members_by_grade": DENOMINATOR,
    }

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2
        cls._setup_measure_data()

    @classmethod
    def _setup_measure_data(cls):
        cls._members_and_reviews()

    @classmethod
    def _members_and_reviews(cls):
        cls._member(
            "Dự bị hết hạn",
            cls.cell_2,
            date(YEAR - 1, 4, 10),
            admission_date=date(YEAR - 1, 4, 10),
        )
        cls._review(cls._official("Xếp loại", cls.cell_1), 80, state="proposed")
        cls._review(cls._official("Chưa xếp loại", cls.cell_1), 80)  # draft
        cls._review(cls._official("Xếp loại 2", cls.cell_2), 40, state="proposed")

    def _counted(self, measure, records):
        """How many units of ``measure`` the drill-down ``records`` make."""
        return len(records)

    def test_every_drill_down_matches_its_value(self):
        """QA docs #15: each KPI value opens exactly the records counted in
        it, for every measure and every organisation of the tree."""
        checked = set()
        for measure in self.COUNTED:
            kpi = self.env["party.kpi"].create(
                {
                    "code": f"D_{measure}",
                    "name": measure,
                    "measure": measure,
                    "periodicity": "yearly",
                }
            )
            for value in kpi._compute_values(date(YEAR, 6, 30), self.orgs):
                if not value.has_value:
                    continue
                action = value.action_open_records()
                records = self.env[action["res_model"]].search(action["domain"])
                expected = getattr(value, self.COUNTED[measure])
                with self.subTest(measure=measure, org=value.organization_id.name):
                    self.assertEqual(self._counted(measure, records), expected)
                if expected:
                    checked.add(measure)
        self.assertEqual(checked, set(self.COUNTED))

    def test_every_measure_in_constant_queries(self):
        """Issue 14: a measure computes a batch of organisations in a
        constant number of queries: one cell costs as many queries as the
        whole tree."""
        Measure = self.env["party.kpi.measure"]
        start, end = date(YEAR, 1, 1), date(YEAR, 12, 31)
        for measure in self.COUNTED:
            queries = []
            for organizations in (self.cell_1, self.orgs):
                self.env.flush_all()
                self.env.invalidate_all()
                before = self.env.cr.sql_log_count
                results = Measure._measure_values(measure, organizations, start, end)
                queries.append(self.env.cr.sql_log_count - before)
            with self.subTest(measure=measure):
                self.assertEqual(queries[0], queries[1])
                self.assertTrue(results[self.committee.id][2], "nothing counted")

    def test_demo_estimate_has_no_records(self):
        """QA docs #14: a demo estimate has no records and says so."""
        kpi = self.env["party.kpi"].create(
            {
                "code": "D_EST",
                "name": "Ước tính",
                "measure": "members_by_grade",
                "periodicity": "yearly",
            }
        )
        estimate = self.env["party.kpi.value"].create(
            {
                "kpi_id": kpi.id,
                "organization_id": self.cell_1.id,
                "date_start": date(YEAR - 1, 1, 1),
                "date_end": date(YEAR - 1, 12, 31),
                "value": 90,
                "estimated": True,
            }
        )
        with self.assertRaisesText(UserError, "demo estimate"):
            estimate.action_open_records()
