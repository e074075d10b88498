# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date, datetime, timedelta

from odoo import fields
from odoo.tests import tagged

from .common import YEAR, PartyKpiMeetingCase


@tagged("post_install", "-at_install")
class TestKpiMeeting(PartyKpiMeetingCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2

    def _kpi(self, measure, **vals):
        return self.env["party.kpi"].create(
            {"code": f"T_{measure}", "name": measure, "measure": measure, **vals}
        )

    def _values(self, kpi, day):
        values = kpi._compute_values(day, self.orgs)
        return {value.organization_id: value for value in values}

    def test_measures_in_the_registry(self):
        """The bridge adds its measures to the KPI's selection, and the
        KPIs of its data use them."""
        keys = dict(self.env["party.kpi"]._fields["measure"].selection)
        for key in (
            "attendance_rate",
            "regular_meetings",
            "thematic_meetings",
            "documents_on_time",
        ):
            self.assertIn(key, keys)
        self.assertEqual(
            self.env.ref("party_kpi_meeting.kpi_attendance_rate").measure,
            "attendance_rate",
        )

    def test_documents_on_time(self):
        """Incoming documents done by their deadline count as on time."""
        kpi = self._kpi("documents_on_time")
        docs = self._incoming(
            self.cell_1, [f"Công văn {i}" for i in range(3)], date(YEAR, 3, 20)
        )
        docs[0].write({"state": "done", "date_done": date(YEAR, 3, 15)})
        docs[1].write({"state": "done", "date_done": date(YEAR, 3, 25)})
        values = self._values(kpi, date(YEAR, 3, 5))
        self.assertAlmostEqual(values[self.cell_1].value, 33.33)
        self.assertEqual(values[self.committee].denominator, 3)
        action = values[self.cell_1].action_open_records()
        self.assertEqual(self.env[action["res_model"]].search(action["domain"]), docs)

    def test_attendance_rate(self):
        """Present and late count as present among the invitees of held
        meetings; cancelled meetings do not count."""
        kpi = self._kpi("attendance_rate")
        self._meeting(
            self.cell_1,
            "regular",
            datetime(YEAR, 3, 10, 1),
            ["present", "late", "excused", "unexcused"],
        )
        self._meeting(
            self.cell_2, "thematic", datetime(YEAR, 3, 31, 10), ["present", "present"]
        )
        cancelled = self._meeting(
            self.cell_2, "regular", datetime(YEAR, 3, 12, 1), ["unexcused"], held=False
        )
        cancelled.state = "cancel"
        values = self._values(kpi, date(YEAR, 3, 1))
        self.assertEqual(values[self.cell_1].value, 50)
        self.assertEqual(values[self.cell_2].value, 100)
        self.assertAlmostEqual(values[self.committee].value, 66.67)
        action = values[self.cell_1].action_open_records()
        self.assertEqual(
            self.env[action["res_model"]].search_count(action["domain"]), 4
        )

    def test_regular_meetings(self):
        """Months of the period with a held regular meeting, per cell."""
        kpi = self._kpi("regular_meetings", periodicity="quarterly")
        self._meeting(self.cell_1, "regular", datetime(YEAR, 1, 15, 1), ["present"])
        self._meeting(self.cell_1, "regular", datetime(YEAR, 2, 15, 1), ["present"])
        self._meeting(self.cell_1, "regular", datetime(YEAR, 2, 20, 1), ["present"])
        self._meeting(self.cell_2, "thematic", datetime(YEAR, 3, 15, 1), ["present"])
        values = self._values(kpi, date(YEAR, 2, 1))
        self.assertAlmostEqual(values[self.cell_1].value, 66.67)
        self.assertEqual(values[self.cell_2].value, 0)
        self.assertAlmostEqual(values[self.committee].value, 33.33)
        self.assertEqual(values[self.committee].denominator, 6)

    def test_thematic_meetings(self):
        """Quarters of the period with a held thematic meeting."""
        kpi = self._kpi("thematic_meetings", periodicity="yearly")
        self._meeting(self.cell_1, "thematic", datetime(YEAR, 2, 15, 1), ["present"])
        self._meeting(self.cell_1, "thematic", datetime(YEAR, 8, 15, 1), ["present"])
        self._meeting(self.cell_1, "regular", datetime(YEAR, 11, 15, 1), ["present"])
        values = self._values(kpi, date(YEAR, 6, 1))
        self.assertEqual(values[self.cell_1].value, 50)
        self.assertEqual(values[self.cell_1].state, "bad")

    def test_documents_on_time_skip_secret(self):
        """L2: secret documents are not counted in a KPI members read."""
        kpi = self._kpi("documents_on_time")
        self._incoming(self.cell_2, ["Thường"], date(YEAR, 3, 20))
        self._incoming(self.cell_2, ["Mật"], date(YEAR, 3, 20), "confidential")
        value = kpi._compute_values(date(YEAR, 3, 5), self.cell_2)
        self.assertEqual(value.denominator, 1)

    def test_dashboard_lists_documents_due(self):
        """The dashboard's deadlines include the incoming documents still to
        handle, overdue ones marked; handled ones are not listed."""
        today = fields.Date.context_today(self.env["party.kpi.value"])
        received = today - timedelta(days=5)
        due, late, done = (
            self._incoming(self.cell_1, [summary], deadline, received=received)
            for summary, deadline in (
                ("Sắp đến hạn", today + timedelta(days=10)),
                ("Quá hạn", today - timedelta(days=3)),
                ("Đã xử lý", today + timedelta(days=5)),
            )
        )
        done.write({"state": "done", "date_done": today})
        data = self.env["party.kpi.value"].get_dashboard_data(self.cell_1.id)
        listed = {
            d["res_id"]: d["overdue"]
            for d in data["deadlines"]
            if d["res_model"] == "party.document"
        }
        self.assertEqual(listed, {due.id: False, late.id: True})

    def test_risk_reads_attendance(self):
        """The risk features read the members' attendance of held meetings:
        present share and unexcused absences of the year."""
        members = self._members(2, self.cell_1, "Rủi ro")
        self._meeting(
            self.cell_1,
            "regular",
            datetime(YEAR, 3, 10, 1),
            ["present", "unexcused"],
            members,
        )
        self._meeting(
            self.cell_1,
            "regular",
            datetime(YEAR, 4, 10, 1),
            ["late", "unexcused"],
            members,
        )
        features = self.env["party.member"]._risk_features(members.ids, [YEAR])
        self.assertEqual(features[(members[0].id, YEAR)][:2], [100.0, 0.0])
        self.assertEqual(features[(members[1].id, YEAR)][:2], [0.0, 2.0])
