# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The one way a party addon hands a generated file (spreadsheet) to a user.

A generated file holds personal data, so it is never an attachment: it is a
transient record that only its creator can read (record rule), fetched through
``/web/content``, and deleted after an hour by the cron. PDFs are report
actions, not downloads.
"""

import base64
from datetime import timedelta

from odoo import api, fields, models

GENERATED_FILE_HOURS = 1


class PartyDownload(models.TransientModel):
    _name = "party.download"
    _description = "Generated File"
    _inherit = ["party.protected.mixin"]

    file = fields.Binary(readonly=True, attachment=False)
    file_name = fields.Char(readonly=True)

    @api.model
    def _action_download(self, data, file_name):
        """Store ``data`` (bytes generated here, never given by the client)
        for the current user and return the action that downloads it."""
        # sudo keeps the user as creator, the only reader (record rule).
        download = self.sudo().create(
            {"file": base64.b64encode(data), "file_name": file_name}
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{self._name}/{download.id}/file/{file_name}"
            "?download=true",
            "target": "download",
        }

    @api.model
    def _gc_generated_files(self, hours=GENERATED_FILE_HOURS):
        """Cron: delete the generated files older than ``hours``."""
        limit = fields.Datetime.now() - timedelta(hours=hours)
        old = self.sudo().search([("create_date", "<", limit)])
        old.unlink()
        return len(old)
