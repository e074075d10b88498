# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""``/report/<converter>/<report>/<ids>`` on a read/write cursor for the
party reports, read-only for the others as in Odoo.

Printing member data writes a line to ``party.member.access.log``. Odoo 18
serves the report routes on a read-only cursor and, on the first INSERT,
rolls back and renders the report a second time on a read/write one (with a
warning). The web client's ``/report/download`` is read/write already.
"""

from odoo import http
from odoo.http import request

from odoo.addons.web.controllers.report import ReportController

PARTY_REPORT_PREFIX = "party_"


def _readonly_unless_party_report(controller):
    """True (read-only cursor) unless the requested report is a party one."""
    parts = request.httprequest.path.split("/")
    # ['', 'report', converter, reportname, ...]
    return not (len(parts) > 3 and parts[3].startswith(PARTY_REPORT_PREFIX))


class PartyReportController(ReportController):
    @http.route(readonly=_readonly_unless_party_report)
    def report_routes(self, reportname, docids=None, converter=None, **data):
        return super().report_routes(
            reportname, docids=docids, converter=converter, **data
        )
