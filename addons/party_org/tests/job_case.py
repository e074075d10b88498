# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Running background jobs in tests, shared by every addon with a job kind."""

import json

MAX_CRON_CALLS = 200


class PartyJobCaseMixin:
    """Mix into a ``TransactionCase``: runs the job cron the way Odoo's cron
    worker does, one call per batch (``ir.cron.method_direct_trigger``)."""

    def _job_cron(self):
        return self.env.ref("party_org.ir_cron_party_job")

    def _run_job_batch(self):
        """One call of the cron: one batch of the oldest open job."""
        self._job_cron().method_direct_trigger()

    def _run_jobs(self):
        """Call the cron until no job is queued or running."""
        Job = self.env["party.job"].sudo()
        for _call in range(MAX_CRON_CALLS):
            if not Job.search_count([("state", "in", ("queued", "running"))]):
                return
            self._run_job_batch()
        self.fail("background jobs did not end")

    def _set_job_batch_size(self, size):
        self.env["ir.config_parameter"].sudo().set_param(
            "party_org.job_batch_size", str(size)
        )

    def _job_notifications(self, user):
        """The payloads of the simple notifications sent to ``user``."""
        self.env.cr.precommit.run()  # bus.bus rows are created on commit
        channel = [self.env.cr.dbname, "res.partner", user.partner_id.id]
        found = []
        for row in self.env["bus.bus"].sudo().search([], order="id"):
            message = json.loads(row.message)
            if (
                json.loads(row.channel) == channel
                and message["type"] == "simple_notification"
            ):
                found.append(message["payload"])
        return found
