# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Wizard: generate a month of party fee lines (idempotent).

Up to the threshold (system parameter ``party_org.job_threshold.party_fee_month``,
default ``FEE_MONTH_THRESHOLD`` members) the lines are created in the request
and the wizard opens them; above it the month runs as a background job
(``party.job``) and the result comes in a notification.
"""

from odoo import api, fields, models

from ..models.party_fee_line import PARTY_SECRETARY, first_of_month
from ..models.party_job import FEE_MONTH_KIND

# Members billed in the request at most; more go to the background.
FEE_MONTH_THRESHOLD = 5000


class PartyFeeGenerate(models.TransientModel):
    _name = "party.fee.generate"
    _description = "Generate Party Fees"
    _inherit = ["party.protected.mixin"]

    month = fields.Date(
        required=True,
        default=lambda self: first_of_month(fields.Date.context_today(self)),
        help="Any day of the month; the lines are dated on its first day.",
    )
    organization_ids = fields.Many2many(
        "party.organization",
        string="Organisations",
        help="Empty: every member you can see in the current company. Probationary, "
        "official and exempt members are billed by their cell; a member temporarily "
        "transferred to another cell is billed by that host cell (where they "
        "temporarily work), and one transferred outside the committee is not billed.",
    )

    @api.constrains("organization_ids")
    def _check_organizations_readable(self):
        if not self.env.su:
            self.organization_ids.check_access("read")

    def action_generate(self):
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        Line = self.env["party.fee.line"]
        month = first_of_month(self.month)
        organizations = self.organization_ids or None
        size = Line._fee_member_count(month, organizations)
        Job = self.env["party.job"]
        if Job._party_job_in_background(FEE_MONTH_KIND, size, FEE_MONTH_THRESHOLD):
            return self._enqueue_month(month, size)
        count = Line._generate(month, organizations)
        missing = Line._fee_missing_base_count(month, organizations)
        action = self.env["ir.actions.act_window"]._for_xml_id(
            "party_fee.party_fee_line_action"
        )
        action["domain"] = [("month", "=", month)]
        action["context"] = {"search_default_group_organization": 1}
        if missing:
            # missing data for the party office, shown first
            action["context"]["search_default_base_problem"] = 1
        action["name"] = Line._fee_generated_message(month, count, missing)
        return action

    def _enqueue_month(self, month, size):
        """The month as a background job; its result goes to the chatter of
        the organisation chosen (the job's own when several or none)."""
        job = self.env["party.job"]._enqueue(
            FEE_MONTH_KIND,
            self.env._("Party fees %(month)s", month=month.strftime("%m/%Y")),
            {
                "month": fields.Date.to_string(month),
                "organization_ids": self.organization_ids.ids,
            },
            size,
            record=self.organization_ids if len(self.organization_ids) == 1 else None,
        )
        return job._notify_started_action()
