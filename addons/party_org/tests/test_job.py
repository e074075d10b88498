# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The background job service (party.job) on Odoo's cron triggers and progress."""

from datetime import timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import HttpCase, tagged

from .common import PartyOrgCase
from .job_case import PartyJobCaseMixin
from .red_team import RedTeamMixin

JOB_LOGGER = "odoo.addons.party_org.models.party_job"


class JobCase(PartyJobCaseMixin, PartyOrgCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.user_secretary.company_id = cls.company

    def setUp(self):
        super().setUp()
        self._set_job_batch_size(3)

    def _enqueue(self, user, total=7, payload=None, record=None, company=None):
        return (
            self.env["party.job"]
            .with_user(user)
            .with_company(company or self.company)
            ._enqueue("check", "Kiểm tra", payload or {}, total, record=record)
        )


@tagged("post_install", "-at_install")
class TestJobService(JobCase):
    def test_enqueue_triggers_the_cron(self):
        """Queuing a job wakes the cron through ir.cron._trigger, as its user."""
        job = self._enqueue(self.user_secretary)
        self.assertEqual(job.env.user, self.user_secretary)
        self.assertEqual(job.sudo().user_id, self.user_secretary)
        self.assertEqual(job.sudo().company_id, self.company)
        self.assertEqual(job.sudo().company_ids, self.company)
        self.assertEqual(job.sudo().state, "queued")
        triggers = self.env["ir.cron.trigger"].search(
            [("cron_id", "=", self._job_cron().id)]
        )
        self.assertTrue(triggers)

    def test_job_runs_in_batches_to_done(self):
        """Each cron call does one batch and reports progress; the end posts
        on the target's chatter and notifies the user."""
        job = self._enqueue(self.user_secretary, record=self.committee).sudo()
        self._run_job_batch()
        self.assertEqual((job.state, job.done), ("running", 3))
        self.assertAlmostEqual(job.progress, 300 / 7)
        progress = self.env["ir.cron.progress"].search(
            [("cron_id", "=", self._job_cron().id)], order="id desc", limit=1
        )
        self.assertEqual((progress.done, progress.remaining), (3, 4))
        self._run_jobs()
        self.assertEqual((job.state, job.done, job.progress), ("done", 7, 100.0))
        message = self.committee.message_ids[0]
        self.assertIn("Kiểm tra", message.body)
        self.assertEqual(message.author_id, self.user_secretary.partner_id)
        notifications = self._job_notifications(self.user_secretary)
        self.assertEqual([n["type"] for n in notifications], ["success"])
        self.assertIn("Kiểm tra", notifications[0]["message"])

    def test_batches_left_wake_the_cron_again(self):
        """While work remains a batch triggers the cron again (Odoo calls it
        at most 10 times in a row, then waited for its next poll); the batch
        that ends the work does not."""
        self._enqueue(self.user_secretary)
        triggers = self.env["ir.cron.trigger"].search(
            [("cron_id", "=", self._job_cron().id)]
        )
        triggers.unlink()
        self._run_job_batch()
        self.assertTrue(triggers.search([("cron_id", "=", self._job_cron().id)]))
        self._run_jobs()
        triggers.search([("cron_id", "=", self._job_cron().id)]).unlink()
        self._run_job_batch()  # nothing open: no new trigger
        self.assertFalse(triggers.search([("cron_id", "=", self._job_cron().id)]))

    def test_result_without_target_goes_to_the_job(self):
        """A job without a target record receives its result in its own chatter."""
        job = self._enqueue(self.user_secretary, total=2).sudo()
        self._run_jobs()
        self.assertEqual(job.state, "done")
        self.assertIn("Kiểm tra", job.message_ids[0].body)

    def test_oldest_job_first(self):
        """The queue runs the oldest job first."""
        first = self._enqueue(self.user_secretary, total=3).sudo()
        second = self._enqueue(self.user_office, total=3).sudo()
        self._run_job_batch()
        self.assertEqual(first.done, 3)
        self.assertEqual(second.done, 0)
        self._run_jobs()
        self.assertEqual((first | second).mapped("state"), ["done", "done"])

    def test_failing_step_marks_the_job_failed(self):
        """An exception rolls back its batch only, marks the job failed with
        the error and notifies the user."""
        job = self._enqueue(self.user_secretary, payload={"fail_at": 5}).sudo()
        self._run_job_batch()
        with self.assertLogs(JOB_LOGGER, "WARNING"):
            self._run_job_batch()
        self.assertEqual((job.state, job.done), ("failed", 3))
        self.assertIn("Unit 5", job.error)
        notifications = self._job_notifications(self.user_secretary)
        self.assertEqual([n["type"] for n in notifications], ["danger"])
        self.assertIn("Unit 5", job.message_ids[0].body)
        self._run_jobs()
        self.assertEqual(job.state, "failed")

    def test_interrupted_job_resumes_without_doubling(self):
        """A worker killed after a committed batch: the next run resumes from
        the committed counter and counts each unit once."""
        job = self._enqueue(self.user_secretary, total=8).sudo()
        self._run_job_batch()
        self.assertEqual((job.state, job.done), ("running", 3))
        # The worker dies here: nothing more was committed. A new run resumes.
        self._run_jobs()
        self.assertEqual((job.state, job.done), ("done", 8))
        self.assertEqual(len(self._job_notifications(self.user_secretary)), 1)

    def test_ended_jobs_deleted_with_their_files(self):
        """Ended jobs older than the retention go, with their result file;
        open jobs stay."""
        ended = self._enqueue(self.user_secretary, total=1).sudo()
        open_job = self._enqueue(self.user_office, total=1).sudo()
        attachment = self.env["ir.attachment"].create(
            {"name": "kết quả.xlsx", "raw": b"x"}
        )
        ended._party_job_finish(attachment=attachment)
        with freeze_time(fields.Datetime.now() + timedelta(days=31)):
            self.assertEqual(self.env["party.job"]._gc_ended_jobs(), 1)
        self.assertFalse(ended.exists())
        self.assertFalse(attachment.exists())
        self.assertTrue(open_job.exists())

    def test_threshold_decides_background(self):
        """Small work stays in the request; the threshold is a system parameter."""
        Job = self.env["party.job"]
        self.assertFalse(Job._party_job_in_background("check", 2000))
        self.assertTrue(Job._party_job_in_background("check", 2001))
        self.env["ir.config_parameter"].set_param("party_org.job_threshold.check", "10")
        self.assertTrue(Job._party_job_in_background("check", 11))
        self.assertFalse(Job._party_job_in_background("check", 10))

    def test_started_action_closes_the_wizard(self):
        """The wizard's answer is a notification that closes the wizard."""
        job = self._enqueue(self.user_secretary)
        action = job._notify_started_action()
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(
            action["params"]["next"]["type"], "ir.actions.act_window_close"
        )
        self.assertEqual(job._action_open()["res_id"], job.id)


@tagged("post_install", "-at_install")
class TestJobAccess(JobCase):
    def test_user_reads_own_jobs_only(self):
        """A user reads the jobs they started, not another user's."""
        job = self._enqueue(self.user_secretary)
        self.assertEqual(job.name, "Kiểm tra")
        with self.assertRaises(AccessError):
            job.with_user(self.user_member).read(["name"])
        self.assertFalse(self.env["party.job"].with_user(self.user_member).search([]))

    def test_office_reads_jobs_of_its_company(self):
        """The party office reads every job of its companies, not of others."""
        job = self._enqueue(self.user_secretary)
        self.assertEqual(job.with_user(self.user_office).name, "Kiểm tra")
        other = self._enqueue(self.user_member, company=self.other_company)
        self.assertEqual(other.sudo().company_id, self.other_company)
        with self.assertRaises(AccessError):
            other.with_user(self.user_office).read(["name"])

    def test_nobody_writes_a_job(self):
        """Only the server writes a job: its owner and the office cannot."""
        job = self._enqueue(self.user_secretary)
        for user in (self.user_secretary, self.user_office):
            with self.assertRaises(AccessError):
                job.with_user(user).write({"state": "done", "done": 7})
        with self.assertRaises(AccessError):
            self.env["party.job"].with_user(self.user_office).create(
                {"name": "x", "kind": "check", "user_id": self.user_member.id}
            )
        self.assertEqual(job.sudo().state, "queued")


@tagged("post_install", "-at_install")
class TestJobRpc(RedTeamMixin, HttpCase, JobCase):
    def test_rpc_cannot_enqueue_or_run(self):
        """Queuing and running are private methods: refused over JSON-RPC."""
        Job = self.env["party.job"].sudo()
        count = Job.search_count([])
        self.assertRefusedRpc(
            self.user_office, "party.job", "_enqueue", ["check", "x", {}, 5]
        )
        self.assertRefusedRpc(self.user_office, "party.job", "_cron_run_jobs", [])
        self.assertEqual(Job.search_count([]), count)

    def test_rpc_cannot_finish_anothers_job(self):
        """Another user cannot read, write or finish someone's job over RPC."""
        job = self._enqueue(self.user_secretary).sudo()
        with self.assertUnchanged(job):
            self.assertRefusedRpc(self.user_member, "party.job", "read", [job.ids])
            self.assertRefusedRpc(
                self.user_secretary,
                "party.job",
                "write",
                [job.ids, {"state": "done"}],
            )
            self.assertRefusedRpc(
                self.user_secretary, "party.job", "_party_job_finish", [job.ids]
            )
