# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member list import of many rows as a background job (issue 13)."""

import base64

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.party_org.tests.job_case import PartyJobCaseMixin

from ..wizards.party_member_import import IMPORT_JOB_KIND
from .test_member_import import MemberImportCase, build_sheet, member_row


class SyncImportDone(Exception):
    """Rolls the synchronous import of a comparison back."""


@tagged("post_install", "-at_install")
class TestMemberImportJob(PartyJobCaseMixin, MemberImportCase):
    def setUp(self):
        super().setUp()
        self._set_threshold(4)
        self._set_job_batch_size(2)
        # The job writes its messages in its user's language (make test
        # loads Vietnamese); the English ones are checked here.
        self.user_office_hr.lang = "en_US"

    def _set_threshold(self, rows):
        self.env["ir.config_parameter"].sudo().set_param(
            f"party_org.job_threshold.{IMPORT_JOB_KIND}", str(rows)
        )

    def _rows(self, count):
        return [member_row(i, employee_code=f"NV{i:03d}") for i in range(1, count + 1)]

    def _import_hr(self, rows, **options):
        return self._import(
            rows, user=self.user_office_hr, create_employees=True, **options
        )

    def _snapshot(self, members):
        """What an import writes, comparable between two imports."""
        return sorted(
            (
                m.name,
                m.citizen_id,
                m.file_number,
                m.birth_date,
                m.organization_id.id,
                m.ethnicity_id.id,
                m.religion_id.id,
                m.state,
                m.admission_decision_date,
                m.official_date,
                m.note,
                tuple(sorted(m.event_ids.mapped("event_type"))),
                m.employee_id.name,
                m.employee_id.barcode,
                m.employee_id.identification_id,
            )
            for m in members
        )

    def _employees(self):
        return self.env["hr.employee"].search([("name", "like", "NGUYỄN VĂN SỐ")])

    def test_job_result_equals_synchronous_import(self):
        """Above the threshold the job creates the same members, employees
        and history as the import in the request, and reports the same
        refused rows in the chatter and a notification."""
        rows = self._rows(5) + [member_row(6, citizen_id="12345")]
        self._set_threshold(100)
        try:
            with self.env.cr.savepoint():
                wizard = self._import_hr(rows, only_valid_rows=True)
                self.assertEqual(wizard.state, "done")
                expected = self._snapshot(wizard.member_ids)
                expected_report = wizard.report
                raise SyncImportDone
        except SyncImportDone:
            self.env.invalidate_all()
        self.assertFalse(self._imported())
        self._set_threshold(4)
        wizard = self._import_hr(rows, only_valid_rows=True)
        self.assertEqual(wizard.state, "queued")
        self.assertEqual(wizard.report, expected_report)
        job = wizard.job_id.sudo()
        self.assertEqual(
            (job.kind, job.total, job.state), ("member_import", 5, "queued")
        )
        self.assertFalse(self._imported(), "nothing is created in the request")
        self._run_job_batch()
        self.assertEqual((job.state, job.done), ("running", 2))
        self.assertEqual(len(self._imported()), 2)
        self._run_jobs()
        self.assertEqual(job.state, "done")
        self.assertEqual(self._snapshot(self._imported()), expected)
        self.assertEqual(job.refused_report, expected_report)
        self.assertIn("Row 9", job.refused_report)
        self.assertIn("5 members imported, 1 rows refused", job.message_ids[0].body)
        notices = self._job_notifications(self.user_office_hr)
        self.assertIn("5 members imported", notices[-1]["message"])
        rows_files = self.env["ir.attachment"].search(
            [("res_model", "=", "party.job"), ("res_id", "=", job.id)]
        )
        self.assertFalse(rows_files, "the stored rows are deleted at the end")

    def test_resumed_step_doubles_nothing(self):
        """A worker killed after a batch was written but before its counter
        was: the step runs the same rows again, and every row is created
        exactly once (members and employees)."""
        wizard = self._import_hr(self._rows(5))
        job = wizard.job_id
        runner = job.with_user(self.user_office_hr).with_company(self.company)
        self.assertEqual(runner._party_job_step_member_import(3), 3)
        self.assertEqual(job.sudo().done, 0, "the counter was lost")
        self.assertEqual(len(self._imported()), 3)
        self.assertEqual(runner._party_job_step_member_import(3), 3)
        self.assertEqual(len(self._imported()), 3)
        self._run_jobs()
        members = self._imported()
        self.assertEqual(len(members), 5)
        self.assertEqual(len(set(members.mapped("citizen_id"))), 5)
        self.assertEqual(len(self._employees()), 5)
        self.assertEqual(members.employee_id, self._employees())
        self.assertIn("5 members imported, 0 rows refused", job.message_ids[0].body)

    def test_refused_rows_queue_nothing(self):
        """All or nothing stays the rule: with a refused row and without
        "only the valid rows", no job is queued and nothing is created."""
        rows = self._rows(5) + [member_row(6, citizen_id="12345")]
        wizard = self._import_hr(rows)
        self.assertEqual(wizard.state, "refused")
        self.assertFalse(wizard.job_id)
        self.assertFalse(
            self.env["party.job"].sudo().search([("kind", "=", "member_import")])
        )
        self.assertFalse(self._imported())

    def test_row_taken_meanwhile_is_refused(self):
        """A citizen ID another member took after the check refuses that row
        when its batch runs; the other rows are imported."""
        self.user_office_hr.lang = "en_US"  # the job speaks its user's language
        wizard = self._import_hr(self._rows(5))
        self._member("Người khác", citizen_id="001085000003")
        self._run_jobs()
        job = wizard.job_id.sudo()
        self.assertEqual(job.state, "done")
        self.assertEqual(len(self._imported()), 4)
        self.assertIn("Row 6", job.refused_report)
        self.assertIn("already used by a member", job.refused_report)
        self.assertIn("4 members imported, 1 rows refused", job.message_ids[0].body)

    def test_without_rights_no_job(self):
        """The server checks the rights before anything is queued: a
        secretary (not the party office) cannot start an import job."""
        wizard = self.env["party.member.import"].create(
            {
                "file": base64.b64encode(build_sheet(self._rows(5))),
                "file_name": "ds.xlsx",
            }
        )
        with self.assertRaises(AccessError):
            wizard.with_user(self.user_secretary).action_import()
        self.assertFalse(
            self.env["party.job"].sudo().search([("kind", "=", "member_import")])
        )
