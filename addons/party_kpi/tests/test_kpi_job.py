# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The KPIs of every organisation and the statistics export as background
jobs give what the request gives, once, however often a batch runs."""

import base64
import io
from datetime import date

import openpyxl

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.party_org.tests.job_case import PartyJobCaseMixin

from .common import PartyKpiCase

KPI_THRESHOLD = "party_org.job_threshold.party_kpi_compute"
EXPORT_THRESHOLD = "party_org.job_threshold.party_statistics_export"
DAY = date(2024, 12, 31)


@tagged("post_install", "-at_install")
class TestKpiJob(PartyJobCaseMixin, PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.kpis = cls.env["party.kpi"].search([])
        for points, org in ((85, cls.cell_1), (40, cls.cell_2)):
            cls._review(cls._official(f"ĐV {points}", org), points, state="proposed")
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2

    def setUp(self):
        super().setUp()
        self._set_job_batch_size(len(self.orgs))  # one KPI per batch

    def _compute(self):
        return self.kpis.with_user(self.user_office).with_company(self.company)

    def _values(self, active_test=True):
        values = (
            self.env["party.kpi.value"]
            .with_context(active_test=active_test)
            .search(
                [
                    ("kpi_id", "in", self.kpis.ids),
                    ("organization_id", "in", self.orgs.ids),
                ]
            )
        )
        return sorted(
            (v.kpi_id.id, v.organization_id.id, v.date_start, v.value, v.numerator)
            for v in values
        )

    def test_few_values_stay_in_the_request(self):
        """Under the threshold the button computes now and opens the values."""
        action = self._compute().action_compute()
        self.assertEqual(action["res_model"], "party.kpi.value")
        self.assertFalse(self.env["party.job"].search([]))

    def test_background_kpis_equal_the_request(self):
        """Above the threshold the job stores the request's values."""
        self.env["ir.config_parameter"].set_param(KPI_THRESHOLD, "0")
        action = self._compute().action_compute()
        self.assertEqual(action["tag"], "display_notification")
        self.assertFalse(self._values())
        job = self.env["party.job"].search([("kind", "=", "party_kpi_compute")])
        self._run_jobs()
        self.assertEqual(job.state, "done")
        self.assertGreaterEqual(job.done, len(self.kpis) * len(self.orgs))
        background = self._values()
        self.assertEqual(len(background), len(self.kpis) * len(self.orgs))
        self.assertIn("KPIs computed", job.message_ids[0].body)
        self.env["ir.config_parameter"].set_param(KPI_THRESHOLD, "100000")
        self._compute().action_compute()
        self.assertEqual(self._values(), background)

    def test_kpi_batch_run_twice_doubles_nothing(self):
        """A batch run again (its cursor lost) skips the KPI the job has
        computed: no second, archived copy of its values."""
        self.env["ir.config_parameter"].set_param(KPI_THRESHOLD, "0")
        self._compute().action_compute()
        job = self.env["party.job"].search([("kind", "=", "party_kpi_compute")])
        self._run_job_batch()
        first = self._values(active_test=False)
        self.assertEqual(len(first), len(self.orgs))
        job.payload = dict(job.payload, done_kpi_ids=[])
        runner = job.with_user(self.user_office).with_company(self.company)
        runner._party_job_step_party_kpi_compute(len(self.orgs))
        self._run_jobs()
        every = self._values(active_test=False)
        self.assertEqual(every, self._values())
        self.assertEqual(len(every), len(self.kpis) * len(self.orgs))
        self.assertLessEqual(set(first), set(every))


@tagged("post_install", "-at_install")
class TestStatisticsExportJob(PartyJobCaseMixin, PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._official("Nguyễn Thị An", cls.cell_1, sex="female")
        cls._member("Lê Văn Cường", cls.cell_2, date(2024, 3, 2), sex="male")

    def _wizard(self):
        return (
            self.env["party.statistics.export"]
            .with_user(self.user_office)
            .with_company(self.company)
            .create({"statistics_date": DAY, "organization_id": self.committee.id})
        )

    def _cells(self, data):
        book = openpyxl.load_workbook(io.BytesIO(data))
        return {
            sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()]
            for sheet in book.worksheets
        }

    def test_background_export_equals_the_request(self):
        """Above the threshold the workbook becomes the job's result file,
        cell for cell the request's, and only the job's readers read it."""
        wizard = self._wizard()
        wizard.action_export()
        request = self._cells(base64.b64decode(wizard.file))
        self.env["ir.config_parameter"].set_param(EXPORT_THRESHOLD, "0")
        action = self._wizard().action_export()
        self.assertEqual(action["tag"], "display_notification")
        job = self.env["party.job"].search([("kind", "=", "party_statistics_export")])
        self._run_jobs()
        self.assertEqual(job.state, "done")
        attachment = job.result_attachment_id
        self.assertEqual(
            self._cells(attachment.with_user(self.user_office).raw), request
        )
        self.assertIn(attachment, job.message_ids[0].attachment_ids)
        notes = self._job_notifications(self.user_office)
        self.assertEqual([note["type"] for note in notes], ["success"])
        with self.assertRaises(AccessError):
            attachment.with_user(self.user_secretary).read(["raw"])
        # The step again (a worker killed after its commit): no second file.
        runner = job.with_user(self.user_office).with_company(self.company)
        self.assertEqual(runner._party_job_step_party_statistics_export(1), 0)
        self.assertEqual(
            self.env["ir.attachment"].search_count(
                [("res_model", "=", "party.job"), ("res_id", "=", job.id)]
            ),
            1,
        )

    def test_small_export_stays_in_the_request(self):
        """Under the threshold the file is downloaded at once."""
        action = self._wizard().action_export()
        self.assertEqual(action["type"], "ir.actions.act_url")
        self.assertFalse(self.env["party.job"].search([]))
