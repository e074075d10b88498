# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: a secretary cannot print the fees of members outside their
scope, over RPC or HTTP, and a refused print leaves no access-log line
(issue 11)."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import BOOK, MARCH, RECEIPT, FeeReportCase


@tagged("post_install", "-at_install")
class TestRedTeamFeeReports(FeeReportCase, HttpCase):
    def _html(self, report, records, user):
        return (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(self.env.ref(report).report_name, records.ids)
        )

    def test_receipt_outside_scope(self):
        """The receipt of a line of another cell, alone or hidden in a selection."""
        for lines in (self.outsider_line, self.march | self.outsider_line):
            with self.assertRaises(AccessError):
                self._html(RECEIPT, lines, self.user_secretary)
        self.assertFalse(
            self.env["party.member.access.log"].search(
                [("user_id", "=", self.user_secretary.id)]
            )
        )

    def test_fee_book_outside_scope(self):
        """The book of a cell outside the scope cannot be asked for; an
        office's book of the cell prints nothing the secretary cannot see."""
        Book = self.env["party.fee.book"].with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            Book.create({"organization_id": self.cell_1.id, "month": MARCH})
        empty = Book.create({"organization_id": self.group.id, "month": MARCH})
        with self.assertRaises(UserError):
            self._html(BOOK, empty, self.user_secretary)
        self.assertFalse(self._printed(self.user_secretary, "fee book"))

    @mute_logger("odoo.http")
    def test_http_outside_scope(self):
        """Over HTTP the outsider's receipt is refused, unprinted."""
        self.authenticate(self.user_secretary.login, self.user_secretary.login)
        name = self.env.ref(RECEIPT).report_name
        response = self.url_open(
            f"/report/pdf/{name}/{self.outsider_line.id}", timeout=60
        )
        self.assertNotEqual(response.status_code, 200)
        self.assertNotIn("Hoàng Văn Nam", response.text)
