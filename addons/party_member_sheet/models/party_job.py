# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member list (7-HSĐV) import as a background job (kind
``member_import``).

The wizard checks every row first (all or nothing, as in the foreground),
then stores the valid rows, already resolved, in an attachment of the job
(JSON Lines: the report of the refused rows, then one row a line, so that a
step decodes only its own rows). Each step creates the members of the next
``limit`` rows, at most ``IMPORT_BATCH_ROWS``. A row is keyed
``<job id>:<row number>`` on the member it creates
(``party.member.member_sheet_import_key``): a step that runs again after a
worker died skips the rows already created, so every row is created exactly
once. The stored rows (personal data) are deleted when the job ends.
"""

import datetime
import json

from odoo import fields, models

ROWS_FILE_NAME = "member-import-rows.jsonl"
# At most this many rows a batch: 1,000 rows with their new employees took 15
# to 27 s on the 2-core development machine, and Odoo runs up to 10 batches
# in one cron call, whose worker is killed after limit_time_real (120 s).
IMPORT_BATCH_ROWS = 250


def _json_default(value):
    if isinstance(value, datetime.date):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} is not JSON serialisable")


class PartyJob(models.Model):
    _inherit = "party.job"

    kind = fields.Selection(
        selection_add=[("member_import", "Member List Import (7-HSĐV)")],
        ondelete={"member_import": "cascade"},
    )

    def _member_import_store(self, rows, refused_lines):
        """Store ``rows`` (``(row_number, member vals, employee vals)``) and
        the lines of the rows refused by the check for this job."""
        self.ensure_one()
        lines = [json.dumps(refused_lines)]
        lines += [json.dumps(row, default=_json_default) for row in rows]
        data = "\n".join(lines).encode()
        attachment = (
            self.env["ir.attachment"]
            .sudo()
            .create(
                {
                    "name": ROWS_FILE_NAME,
                    "raw": data,
                    "mimetype": "application/jsonl",
                    "res_model": self._name,
                    "res_id": self.id,
                }
            )
        )
        job = self.sudo()
        job.payload = {**(job.payload or {}), "rows_attachment_id": attachment.id}

    def _member_import_rows_attachment(self):
        attachment_id = (self.sudo().payload or {}).get("rows_attachment_id")
        return self.env["ir.attachment"].sudo().browse(attachment_id).exists()

    def _member_import_lines(self):
        """The stored lines: the refused rows' report, then one row a line."""
        attachment = self._member_import_rows_attachment()
        return attachment.raw.split(b"\n") if attachment else [b"[]"]

    def _member_import_key(self, row_number):
        return f"{self.id}:{row_number}"

    def _party_job_step_member_import(self, limit):
        """Create the members of the rows ``done`` to ``done + limit``
        (skipping those already created); finish after the last row."""
        self.ensure_one()
        limit = min(limit, IMPORT_BATCH_ROWS)
        lines = self._member_import_lines()
        row_count = len(lines) - 1
        start = self.done
        batch = [json.loads(line) for line in lines[1 + start : 1 + start + limit]]
        if batch:
            prepared = [
                (self._member_import_key(number), vals, employee_vals)
                for number, vals, employee_vals in batch
            ]
            _members, refused = self.env["party.member"]._member_sheet_create_keyed(
                prepared
            )
            if refused:
                self._member_import_refuse_late(batch, refused)
        if start + len(batch) >= row_count:
            self._member_import_finish(json.loads(lines[0]))
        return len(batch)

    def _member_import_refuse_late(self, batch, refused):
        """Record the rows refused while creating (another member took
        their citizen ID, file number or employee meanwhile)."""
        wizard = self.env["party.member.import"].with_context(lang=self.user_id.lang)
        row_label = wizard.env._("Row %(row)s")
        lines = [
            f"{row_label % {'row': number}}: "
            + wizard._error_message(refused[self._member_import_key(number)])
            for number, _vals, _emp in batch
            if self._member_import_key(number) in refused
        ]
        job = self.sudo()
        payload = job.payload or {}
        late = payload.get("late_refused", [])
        # Idempotent: a step run twice records the same rows once.
        late += [line for line in lines if line not in late]
        job.payload = {**payload, "late_refused": late}

    def _member_import_finish(self, refused_lines):
        """Post the count and the refused rows; delete the stored rows."""
        job = self.sudo()
        imported = (
            self.env["party.member"]
            .sudo()
            .with_context(active_test=False)
            .search_count([("member_sheet_import_key", "=like", f"{self.id}:%")])
        )
        refused = refused_lines + (job.payload or {}).get("late_refused", [])
        lang_env = job.with_context(lang=job.user_id.lang).env
        message = lang_env._(
            "%(name)s: %(imported)s members imported, %(refused)s rows refused.",
            name=job.name,
            imported=imported,
            refused=len(refused),
        )
        self._member_import_rows_attachment().unlink()
        self._party_job_finish(refused=refused, message=message)
