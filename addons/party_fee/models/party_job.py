# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A month of party fees as a background job (party.job kind ``party_fee_month``).

The job walks the billed members in id order, ``limit`` at a time, with the
same ``_generate_batch`` the wizard runs in the request; the cursor (last
member handled) and the count of lines created are written to the payload
in the batch's own transaction. Lines are inserted with ON CONFLICT DO
NOTHING on (member, month): a batch run twice adds nothing.
"""

from odoo import fields, models

FEE_MONTH_KIND = "party_fee_month"


class PartyJob(models.Model):
    _inherit = "party.job"

    kind = fields.Selection(
        selection_add=[(FEE_MONTH_KIND, "Month of party fees")],
        ondelete={FEE_MONTH_KIND: "cascade"},
    )

    def _party_job_step_party_fee_month(self, limit):
        """One batch of members of the month; the last batch posts the counts."""
        self.ensure_one()
        payload = dict(self.payload)
        month = fields.Date.to_date(payload["month"])
        organizations = self.env["party.organization"].browse(
            payload.get("organization_ids") or []
        )
        Line = self.env["party.fee.line"]
        created, last_member_id, handled = Line._generate_batch(
            month, organizations or None, payload.get("after_member_id", 0), limit
        )
        payload.update(
            after_member_id=last_member_id, created=payload.get("created", 0) + created
        )
        self.sudo().payload = payload
        if handled < limit:
            missing = Line._fee_missing_base_count(month, organizations)
            self._party_job_finish(
                message=Line._fee_generated_message(month, payload["created"], missing)
            )
        return handled
