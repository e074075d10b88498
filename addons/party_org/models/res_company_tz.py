# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from ..tools.print_format import DEFAULT_TZ

NOT_SET = {"UTC", "Etc/UTC", "GMT", "Etc/GMT"}


class ResCompany(models.Model):
    _inherit = "res.company"

    def _party_tz(self):
        """The company's time zone for printouts: its address (partner),
        else its working calendar, else Vietnam's (Asia/Ho_Chi_Minh). Never
        the printing user's own, so the same minutes print the same times.
        UTC counts as not set: it is Odoo's default for both fields, and no
        party organisation keeps its records in UTC."""
        self.ensure_one()
        for tz in (self.partner_id.tz, self.resource_calendar_id.tz):
            if tz and tz not in NOT_SET:
                return tz
        return DEFAULT_TZ
