# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Long work in the background, on Odoo's own cron triggers and progress.

A job is one piece of long work a user started (a month of fees, the KPIs of
every organisation, a statistics export, an import, a print run). It runs in
the cron worker, batch after batch, as the user who started it, and hands the
result to the chatter of a record and to the user as a notification.

API
---
* ``env["party.job"]._enqueue(kind, name, payload, total, record=None)``:
  the caller has already checked the user's rights. Creates the job for the
  current user and company (as superuser), triggers the cron
  ``party_org.ir_cron_party_job`` and returns the job. ``payload`` is JSON the
  step reads (ids, month, options); ``total`` the number of units for the
  progress bar; ``record`` the record whose chatter receives the result
  (default: the job itself).
* ``job._notify_started_action()``: the client action a wizard returns (a
  notification "started in the background" that closes the wizard);
  ``job._action_open()`` opens the job's form.
* Each addon adds its kind with ``selection_add`` (``ondelete="cascade"``)
  and a method ``_party_job_step_<kind>(self, limit)`` that does at most
  ``limit`` units of work for the ONE job ``self`` and returns how many units
  it handled (skipped ones included; 0 means nothing is left). The step must
  be idempotent: it starts from what is already in the database (e.g. skips
  the lines that exist), never from a position in memory.
* The step runs as the job's user, in the job's company and the companies
  selected when it started (``with_user(job.user_id)``, ``company_ids``,
  ``with_company(job.company_id)``): record rules apply. The service adds
  the units to ``done`` in the same transaction as the batch, so that the
  batch and the counter are committed together.
* ``job._party_job_finish(attachment=None, refused=None, message=None)``:
  the step calls it after its last batch when it has a result (a file,
  refused rows, a summary); otherwise the service calls it when a step
  handles 0 units (``total`` is an estimate for the progress bar, not a
  stop). It sets ``done`` to at least ``total``, posts on the target's
  chatter (with the attachment, which stays owned by the job: only who reads
  the job reads the file) and notifies the user on the bus.
* ``env["party.job"]._party_job_in_background(kind, size, default)``: the
  wizards' threshold (system parameter ``party_org.job_threshold.<kind>``):
  small work stays synchronous, as users expect.
* An exception in a step rolls back that batch only (savepoint), marks the
  job failed with the error and notifies the user. Earlier batches stay.

The runner
----------
One cron, ``party_org.ir_cron_party_job``, calls ``_cron_run_jobs``: it takes
the oldest job that is queued or running with ``FOR UPDATE SKIP LOCKED`` (two
cron workers never take the same job), runs one batch and reports
``ir.cron._notify_progress(done=, remaining=)``. Odoo commits after each call
and calls again while jobs remain (10 batches per turn, then the cron is
ready again). A worker killed half-way loses its uncommitted batch only; the
job is still "running" and the next run resumes it from its last commit.
"""

import logging
from datetime import timedelta

from markupsafe import Markup

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

_logger = logging.getLogger(__name__)

JOB_STATES = [
    ("queued", "Queued"),
    ("running", "Running"),
    ("done", "Done"),
    ("failed", "Failed"),
]
OPEN_STATES = ("queued", "running")
CRON_XMLID = "party_org.ir_cron_party_job"
BATCH_SIZE_PARAM = "party_org.job_batch_size"
DEFAULT_BATCH_SIZE = 1000
THRESHOLD_PARAM = "party_org.job_threshold"
DEFAULT_THRESHOLD = 2000
# Ended jobs (and their result files and messages) are deleted after this.
JOB_RETENTION_DAYS = 30


class PartyJob(models.Model):
    _name = "party.job"
    _description = "Background Job"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "id desc"

    name = fields.Char(required=True, readonly=True)
    kind = fields.Selection(
        [("check", "Check of the background service")],
        required=True,
        readonly=True,
        help="Each addon adds the kinds of work it runs in the background.",
    )
    user_id = fields.Many2one(
        "res.users", string="Started By", required=True, readonly=True, index=True
    )
    company_id = fields.Many2one(
        "res.company", required=True, readonly=True, index=True
    )
    company_ids = fields.Many2many(
        "res.company",
        string="Allowed Companies",
        readonly=True,
        help="The companies selected when the job started: the job sees them.",
    )
    state = fields.Selection(
        JOB_STATES, default="queued", required=True, readonly=True, index=True
    )
    # Progress
    done = fields.Integer(string="Processed", readonly=True)
    total = fields.Integer(readonly=True)
    progress = fields.Float(compute="_compute_progress", string="Progress (%)")
    # Input and result
    payload = fields.Json(readonly=True)
    res_model = fields.Char(string="Target Model", readonly=True)
    res_id = fields.Many2oneReference(
        string="Target Record", model_field="res_model", readonly=True
    )
    result_attachment_id = fields.Many2one(
        "ir.attachment", string="Result File", readonly=True
    )
    refused_report = fields.Text(
        string="Refused Rows", readonly=True, help="One refused row per line."
    )
    error = fields.Text(readonly=True)

    @api.depends("done", "total", "state")
    def _compute_progress(self):
        for job in self:
            if job.state == "done":
                job.progress = 100.0
            elif job.total:
                job.progress = min(100.0, 100.0 * job.done / job.total)
            else:
                job.progress = 0.0

    # Starting a job ----------------------------------------------------------

    @api.model
    def _enqueue(self, kind, name, payload, total, record=None):
        """Queue ``kind`` for the current user and company and wake the cron.
        The caller has checked the user's rights."""
        job = (
            self.sudo()
            .with_context(mail_create_nolog=True)
            .create(
                {
                    "name": name,
                    "kind": kind,
                    "user_id": self.env.uid,
                    "company_id": self.env.company.id,
                    "company_ids": [Command.set(self.env.companies.ids)],
                    "payload": payload or {},
                    "total": max(total or 0, 0),
                    "res_model": record._name if record else False,
                    "res_id": record.id if record else 0,
                }
            )
        )
        self.env.ref(CRON_XMLID).sudo()._trigger()
        return job.with_env(self.env)

    def _notify_started_action(self):
        """The action a wizard returns: it closes and says the work goes on."""
        self.ensure_one()
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "type": "info",
                "title": self.env._("Started in the background"),
                "message": self.env._(
                    "%(name)s runs in the background; you can keep working. "
                    "The result will appear in the chatter and in a notification.",
                    name=self.name,
                ),
                "sticky": False,
                "next": {"type": "ir.actions.act_window_close"},
            },
        }

    def _action_open(self):
        self.ensure_one()
        return {
            "type": "ir.actions.act_window",
            "res_model": self._name,
            "res_id": self.id,
            "view_mode": "form",
            "views": [(False, "form")],
        }

    # The runner --------------------------------------------------------------

    @api.model
    def _cron_run_jobs(self):
        """Cron: one batch of the oldest open job, then report the progress
        so that Odoo commits and calls again while jobs remain."""
        job = self._party_job_take()
        if not job:
            return 0
        units = job._party_job_run_step()
        remaining = self._party_job_remaining()
        # At least 1: Odoo stops calling a cron that reports no work done,
        # and a job that failed or finished is work done too.
        self.env["ir.cron"]._notify_progress(done=max(units, 1), remaining=remaining)
        if remaining:
            # Odoo calls a cron at most 10 times in a row; without a trigger
            # the rest waited for the cron worker's next poll (60 to 90 s
            # measured between a job's last lines and its end).
            self.env.ref("party_org.ir_cron_party_job")._trigger()
        return units

    @api.model
    def _party_job_take(self):
        """The oldest open job no other worker holds, locked until commit."""
        self.env.cr.execute(
            SQL(
                "SELECT id FROM party_job WHERE state IN %s "
                "ORDER BY id LIMIT 1 FOR UPDATE SKIP LOCKED",
                OPEN_STATES,
            )
        )
        row = self.env.cr.fetchone()
        return self.sudo().browse(row[0]) if row else self.sudo().browse()

    @api.model
    def _party_job_remaining(self):
        """Units left in every open job (at least 1 per open job)."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                "SELECT COALESCE(SUM(GREATEST(total - done, 1)), 0) "
                "FROM party_job WHERE state IN %s",
                OPEN_STATES,
            )
        )
        return self.env.cr.fetchone()[0]

    @api.model
    def _party_job_in_background(self, kind, size, default=DEFAULT_THRESHOLD):
        """Whether work of ``size`` units of ``kind`` goes to the background:
        above the system parameter ``party_org.job_threshold.<kind>``
        (``default`` when unset); smaller work runs in the request."""
        param = (
            self.env["ir.config_parameter"]
            .sudo()
            .get_param(f"{THRESHOLD_PARAM}.{kind}")
        )
        return size > int(param or default)

    @api.model
    def _party_job_batch_size(self):
        param = self.env["ir.config_parameter"].sudo().get_param(BATCH_SIZE_PARAM)
        return max(int(param or DEFAULT_BATCH_SIZE), 1)

    def _party_job_run_step(self):
        """Run one batch of this job as its user; return the units handled."""
        self.ensure_one()
        job = self.sudo()
        if job.state == "queued":
            job.state = "running"
        runner = (
            job.with_user(job.user_id)
            .with_context(allowed_company_ids=job.company_ids.ids)
            .with_company(job.company_id)
        )
        step = getattr(runner, f"_party_job_step_{job.kind}")
        try:
            with self.env.cr.savepoint():
                units = step(job._party_job_batch_size()) or 0
                if job.state == "running":  # not finished by the step itself
                    job.done += units
        except Exception as error:  # any error fails the job, not the cron
            _logger.warning(
                "Background job %s (%s) failed", job.id, job.kind, exc_info=True
            )
            job._party_job_fail(error)
            return 0
        if job.state == "running" and not units:
            job._party_job_finish()
        return units

    # Results -----------------------------------------------------------------

    def _party_job_finish(self, attachment=None, refused=None, message=None):
        """Mark the job done; post the result on the target's chatter with
        ``attachment``; ``refused`` is a list of lines (refused rows)."""
        self.ensure_one()
        job = self.sudo()
        lang_env = job.with_context(lang=job.user_id.lang).env
        refused = list(refused or [])
        vals = {
            "state": "done",
            # A finished job has handled every unit, however many were estimated.
            "done": max(job.done, job.total),
            "refused_report": "\n".join(refused) or False,
        }
        if attachment:
            attachment.sudo().write({"res_model": job._name, "res_id": job.id})
            vals["result_attachment_id"] = attachment.id
        job.write(vals)
        summary = message or lang_env._(
            "%(name)s: done (%(done)s of %(total)s).",
            name=job.name,
            done=job.done,
            total=job.total,
        )
        if refused:
            summary = lang_env._(
                "%(summary)s %(count)s rows refused: see the job.",
                summary=summary,
                count=len(refused),
            )
        job._party_job_post(summary, attachment)
        job._party_job_notify("success", lang_env._("Background job done"), summary)
        return True

    def _party_job_fail(self, error):
        self.ensure_one()
        job = self.sudo()
        lang_env = job.with_context(lang=job.user_id.lang).env
        reason = error.args[0] if isinstance(error, UserError) else repr(error)
        job.write({"state": "failed", "error": reason})
        summary = lang_env._(
            "%(name)s failed after %(done)s of %(total)s: %(error)s",
            name=job.name,
            done=job.done,
            total=job.total,
            error=reason,
        )
        job._party_job_post(summary)
        job._party_job_notify("danger", lang_env._("Background job failed"), summary)

    def _party_job_target(self):
        """The record whose chatter receives the result (default: the job)."""
        self.ensure_one()
        if self.res_model and self.res_id and self.res_model in self.env:
            target = self.env[self.res_model].sudo().browse(self.res_id).exists()
            if target and hasattr(target, "message_post"):
                return target
        return self.sudo()

    def _party_job_post(self, summary, attachment=None):
        target = self._party_job_target()
        body = summary
        if target != self.sudo():
            body = Markup("%s<br/>%s") % (summary, self._get_html_link())
        target.message_post(
            body=body,
            author_id=self.user_id.partner_id.id,
            attachment_ids=attachment.ids if attachment else [],
            message_type="comment",
            subtype_xmlid="mail.mt_note",
        )
        if target != self.sudo():
            self.sudo().message_post(body=summary, subtype_xmlid="mail.mt_note")

    def _party_job_notify(self, notification_type, title, message):
        self.user_id._bus_send(
            "simple_notification",
            {"type": notification_type, "title": title, "message": message},
        )

    @api.autovacuum
    def _gc_ended_jobs(self, days=JOB_RETENTION_DAYS):
        """Daily: delete the jobs ended more than ``days`` ago, with their
        result files (attachments of the job) and messages."""
        limit = fields.Datetime.now() - timedelta(days=days)
        old = self.sudo().search(
            [("state", "in", ("done", "failed")), ("write_date", "<", limit)]
        )
        old.unlink()
        return len(old)

    # The service check kind ----------------------------------------------------

    def _party_job_step_check(self, limit):
        """Proves that the cron worker runs jobs: counts ``total`` units
        without touching data; ``payload["fail_at"]`` makes that unit fail."""
        units = min(limit, max(self.total - self.done, 0))
        fail_at = (self.payload or {}).get("fail_at")
        if fail_at and self.done < fail_at <= self.done + units:
            raise UserError(
                self.env._("Unit %(unit)s failed on purpose.", unit=fail_at)
            )
        return units
