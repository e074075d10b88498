# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged

from ..engine.thresholds import previous_periods
from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestDashboard(PartyKpiCase):
    def test_dashboard_data(self):
        """One call returns members by state, coloured tiles, 12-month
        trends and upcoming deadlines of the organisation."""
        today = fields.Date.context_today(self.env["party.kpi.value"])
        self._official("Chính thức 1", self.cell_1)
        soon = self._member(
            "Dự bị",
            self.cell_1,
            today - timedelta(days=350),
            admission_date=today - timedelta(days=350),
        )
        kpi = self.env["party.kpi"].create(
            {
                "code": "T_TREND",
                "name": "Tỷ lệ",
                "measure": "members_by_grade",
                "periodicity": "monthly",
                "good_threshold": 90,
                "warning_threshold": 70,
            }
        )
        self.env["party.kpi.value"].create(
            [
                {
                    "kpi_id": kpi.id,
                    "organization_id": self.cell_1.id,
                    "date_start": start,
                    "date_end": end,
                    "value": 93 + index,
                }
                for index, (start, end) in enumerate(
                    previous_periods(today, "monthly", 3)
                )
            ]
        )
        data = self.env["party.kpi.value"].get_dashboard_data(self.cell_1.id)
        self.assertEqual(data["organization"]["id"], self.cell_1.id)
        states = {row["state"]: row["count"] for row in data["members"]}
        self.assertEqual(states, {"official": 1, "probationary": 1})
        # The tile shows the last closed period (the current one is running).
        tile = next(t for t in data["tiles"] if t["kpi_id"] == kpi.id)
        self.assertEqual((tile["value"], tile["state"]), (94, "good"))
        trend = next(t for t in data["trends"] if t["kpi_id"] == kpi.id)
        self.assertEqual(len(trend["points"]), 12)
        self.assertEqual([p["value"] for p in trend["points"][-3:]], [93, 94, 95])
        # The bars on one scale (the highest value, 95, is the full plot) and
        # the good threshold's line at 90/95 of it; months without a value
        # have no bar.
        self.assertEqual(trend["heights"][-3:], [97.89, 98.95, 100.0])
        self.assertEqual(trend["heights"][0], 0.0)
        self.assertEqual(trend["threshold_height"], 94.74)
        self.assertIn(
            soon.id,
            [
                d["res_id"]
                for d in data["deadlines"]
                if d["res_model"] == "party.member"
            ],
        )

    def test_dashboard_scope(self):
        """A secretary's dashboard lists the organisations they may read
        (their subtree and its ancestors), not their siblings."""
        self.user_secretary.party_organization_ids = self.cell_2
        data = (
            self.env["party.kpi.value"]
            .with_user(self.user_secretary)
            .get_dashboard_data(self.cell_2.id)
        )
        ids = {o["id"] for o in data["organizations"]}
        self.assertIn(self.cell_2.id, ids)
        self.assertNotIn(self.cell_1.id, ids)
        self.assertEqual(data["organization"]["id"], self.cell_2.id)

    def test_dashboard_as_member(self):
        """A plain member can open the dashboard of their cell."""
        member = self._official("Đảng viên xem bảng", self.cell_1)
        member.user_id = self.user_member
        data = (
            self.env["party.kpi.value"]
            .with_user(self.user_member)
            .get_dashboard_data(self.cell_1.id)
        )
        self.assertEqual(data["organization"]["id"], self.cell_1.id)
        self.assertEqual(sum(row["count"] for row in data["members"]), 1)


@tagged("post_install", "-at_install")
class TestDashboardTour(HttpCase):
    def test_dashboard_tour(self):
        """The OWL dashboard loads, shows a coloured tile and opens its records."""
        org = self.env["party.organization"].create(
            {"name": "Chi bộ Tour", "org_type": "grassroots_cell"}
        )
        kpi = self.env["party.kpi"].create(
            {
                "code": "T_TOUR",
                "name": "Tour KPI",
                "measure": "members_by_grade",
                "periodicity": "yearly",
                "good_threshold": 80,
                "warning_threshold": 60,
            }
        )
        self.env["party.kpi.value"].create(
            {
                "kpi_id": kpi.id,
                "organization_id": org.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2025, 12, 31),
                "value": 90,
            }
        )
        self.start_tour(
            "/odoo/action-party_kpi.party_dashboard_action",
            "party_kpi_dashboard_tour",
            login="admin",
        )
