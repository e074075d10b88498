# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models

from ..tools import working_days


class ResCompany(models.Model):
    _inherit = "res.company"

    def _party_holidays(self):
        """Public holidays of each company, read in its time zone.

        Returns ``{company id: sorted tuple of dates}``. The holidays are the
        global leaves (``resource.calendar.leaves`` without a resource) of the
        company's working calendar, or of no calendar in the company (time
        off, not extra work time). Odoo
        stores them in UTC: each is converted to the time zone of its
        calendar (else of the company's calendar, else UTC) before taking its
        dates, so a holiday entered from 00:00 Asia/Ho_Chi_Minh does not
        also block the day before. One query for the whole batch.
        """
        companies = self or self.env.company
        companies = companies.sudo()
        leaves = (
            self.env["resource.calendar.leaves"]
            .sudo()
            .search_fetch(
                [
                    ("resource_id", "=", False),
                    ("time_type", "=", "leave"),
                    "|",
                    ("calendar_id", "in", companies.resource_calendar_id.ids),
                    "&",
                    ("calendar_id", "=", False),
                    ("company_id", "in", companies.ids),
                ],
                ["date_from", "date_to", "calendar_id", "company_id"],
            )
        )
        days = {company.id: set() for company in companies}
        for leave in leaves:
            for company in companies:
                calendar = company.resource_calendar_id
                if leave.calendar_id:
                    if leave.calendar_id != calendar:
                        continue
                elif leave.company_id != company:
                    continue
                tz = (leave.calendar_id or calendar).tz or "UTC"
                days[company.id].update(
                    working_days.local_days(leave.date_from, leave.date_to, tz)
                )
        return {company_id: tuple(sorted(d)) for company_id, d in days.items()}

    def _party_add_working_days(self, start, n, holidays=None):
        """The ``n``-th working day of this company after ``start``
        (Quy định 294-QĐ/TW deadlines; ``holidays`` from ``_party_holidays``
        when computing many)."""
        self.ensure_one()
        if holidays is None:
            holidays = self._party_holidays()[self.id]
        return working_days.add_working_days(start, n, holidays)

    def _party_count_working_days(self, start, end, holidays=None):
        """Working days of this company after ``start`` up to ``end``."""
        self.ensure_one()
        if holidays is None:
            holidays = self._party_holidays()[self.id]
        return working_days.count_working_days(start, end, holidays)
