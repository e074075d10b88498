# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.exceptions import UserError
from odoo.tests import tagged

from ..engine.measures import MEASURES
from .common import YEAR, PartyKpiCase

# What the drill-down lists, per measure: the records of the denominator,
# of the numerator, or the held meetings whose (cell, period) pairs make
# the numerator.
DENOMINATOR = "denominator"
NUMERATOR = "numerator"
PERIODS = {"regular_meetings": "month", "thematic_meetings": "quarter"}
COUNTED = {
    "attendance_rate": DENOMINATOR,
    "fees_on_time": DENOMINATOR,
    "documents_on_time": DENOMINATOR,
    "probation_on_time": DENOMINATOR,
    "members_by_grade": DENOMINATOR,
    "admissions_plan": NUMERATOR,
    "regular_meetings": NUMERATOR,
    "thematic_meetings": NUMERATOR,
}


@tagged("post_install", "-at_install")
class TestKpiDrillDown(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2
        cls._meetings()
        cls._fees()
        cls._documents()
        cls._members_and_reviews()

    @classmethod
    def _meetings(cls):
        cls._meeting(
            cls.cell_1, "regular", datetime(YEAR, 1, 15, 1), ["present", "unexcused"]
        )
        cls._meeting(cls.cell_1, "regular", datetime(YEAR, 1, 20, 1), ["present"])
        cls._meeting(cls.cell_1, "thematic", datetime(YEAR, 2, 3, 1), ["late"])
        cls._meeting(
            cls.cell_2, "thematic", datetime(YEAR, 2, 10, 1), ["present", "excused"]
        )
        cls._meeting(cls.cell_2, "regular", datetime(YEAR, 3, 10, 1), ["present"])
        # The committee's own meeting: not a cell's period.
        cls._meeting(cls.committee, "regular", datetime(YEAR, 2, 5, 1), ["present"])
        cancelled = cls._meeting(
            cls.cell_2, "regular", datetime(YEAR, 4, 10, 1), ["unexcused"], held=False
        )
        cancelled.state = "cancel"

    @classmethod
    def _fees(cls):
        if "party.fee.line" not in cls.env:
            return
        member_1 = cls._official("Đảng phí 1", cls.cell_1)
        member_2 = cls._official("Đảng phí 2", cls.cell_2)
        cls.env["party.fee.line"].create(
            [
                {
                    "member_id": member.id,
                    "company_id": cls.company.id,
                    "organization_id": member.organization_id.id,
                    "month": date(YEAR, month, 1),
                    "amount_due": 50000,
                }
                for member in (member_1, member_2)
                for month in (1, 2, 3)
            ]
        )

    @classmethod
    def _documents(cls):
        doc_type = cls.env.ref("party_docs.document_type_cv")
        docs = cls.env["party.document"].create(
            [
                {
                    "direction": "incoming",
                    "type_id": doc_type.id,
                    "organization_id": org.id,
                    "summary": f"Công văn {index}",
                    "date": date(YEAR, 3, 1),
                    "deadline": date(YEAR, 3, 20),
                    "secrecy": secrecy,
                }
                for index, (org, secrecy) in enumerate(
                    (
                        (cls.cell_1, "normal"),
                        (cls.cell_1, "normal"),
                        (cls.cell_2, "normal"),
                        (cls.cell_2, "secret"),
                    )
                )
            ]
        )
        docs[0].write({"state": "done", "date_done": date(YEAR, 3, 15)})

    @classmethod
    def _members_and_reviews(cls):
        cls._member("Kết nạp 1", cls.cell_1, date(YEAR, 5, 19))
        cls._member("Kết nạp 2", cls.cell_2, date(YEAR, 6, 2))
        if "party.candidate" in cls.env:
            cls.env["party.candidate"].create(
                {
                    "name": "Quần chúng",
                    "organization_id": cls.cell_1.id,
                    "company_id": cls.company.id,
                    "planned_admission_date": date(YEAR, 9, 2),
                }
            )
        cls._member(
            "Dự bị hết hạn",
            cls.cell_2,
            date(YEAR - 1, 4, 10),
            admission_date=date(YEAR - 1, 4, 10),
        )
        cls._review(cls._official("Xếp loại", cls.cell_1), 80, state="proposed")
        cls._review(cls._official("Chưa xếp loại", cls.cell_1), 80)  # draft
        cls._review(cls._official("Xếp loại 2", cls.cell_2), 40, state="proposed")

    def test_every_drill_down_matches_its_value(self):
        """QA docs #15: each KPI value opens exactly the records counted in
        it, for every built-in measure and every organisation of the tree."""
        checked = set()
        for measure in MEASURES:
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
                expected = getattr(value, COUNTED[measure])
                if measure in PERIODS:
                    step = 1 if PERIODS[measure] == "month" else 3
                    counted = len(
                        {
                            (m.organization_id, (m.date_start.month - 1) // step)
                            for m in records
                        }
                    )
                else:
                    counted = len(records)
                with self.subTest(measure=measure, org=value.organization_id.name):
                    self.assertEqual(counted, expected)
                if expected:
                    checked.add(measure)
        expected_measures = set(MEASURES)
        if "party.fee.line" not in self.env:
            expected_measures.discard("fees_on_time")
        if "party.candidate" not in self.env:
            expected_measures.discard("admissions_plan")
        self.assertEqual(checked, expected_measures)

    def test_partial_visibility_and_estimates(self):
        """QA docs #14/#15: a user who sees only part of the records is told
        so in the list title; a demo estimate has no records and says so."""
        kpi = self.env["party.kpi"].create(
            {
                "code": "D_VIS",
                "name": "Dự họp",
                "measure": "attendance_rate",
                "periodicity": "yearly",
            }
        )
        values = kpi._compute_values(date(YEAR, 6, 30), self.orgs)
        value = values.filtered(lambda v: v.organization_id == self.committee)
        action = value.action_open_records()
        self.assertNotIn("visible", action["name"])
        total = int(value.denominator)
        partial = value.with_user(self.user_secretary)
        self.user_secretary.party_organization_ids = self.cell_1
        visible = (
            self.env["party.meeting.attendance"]
            .with_user(self.user_secretary)
            .search_count(action["domain"])
        )
        self.assertLess(visible, total)
        self.assertIn(
            f"({visible} of {total} records visible to you)",
            partial.action_open_records()["name"],
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
