# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime

from odoo.tests import tagged

from odoo.addons.party_kpi.tests import test_kpi_drilldown

from .common import YEAR, PartyKpiMeetingCase

DENOMINATOR = test_kpi_drilldown.DENOMINATOR
NUMERATOR = test_kpi_drilldown.NUMERATOR
# The meeting-calendar measures count (cell, period) pairs: their drill-down
# lists the held meetings that make them.
PERIODS = {"regular_meetings": 1, "thematic_meetings": 3}


@tagged("post_install", "-at_install")
class TestKpiMeetingDrillDown(PartyKpiMeetingCase, test_kpi_drilldown.TestKpiDrillDown):
    """party_kpi's drill-down and query-count checks, over its measures and
    the measures of this addon."""

    allow_inherited_tests_method = True

    COUNTED = {
        **test_kpi_drilldown.TestKpiDrillDown.COUNTED,
        "attendance_rate": DENOMINATOR,
        "documents_on_time": DENOMINATOR,
        "regular_meetings": NUMERATOR,
        "thematic_meetings": NUMERATOR,
    }

    @classmethod
    def _setup_measure_data(cls):
        result = super()._setup_measure_data()
        cls._meetings()
        cls._documents()
        return result

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

    def _counted(self, measure, records):
        if measure not in PERIODS:
            return super()._counted(measure, records)
        step = PERIODS[measure]
        return len(
            {(m.organization_id, (m.date_start.month - 1) // step) for m in records}
        )

    def test_partial_visibility(self):
        """QA docs #14/#15: a user who sees only part of the records is told
        so in the list title."""
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
