# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: a secretary cannot print members outside their scope, over RPC
or HTTP, and a refused print leaves no access-log line (issue 11)."""

from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .reports_common import (
    BOOK,
    MARCH,
    RECEIPT,
    MemberReportCase,
)


@tagged("post_install", "-at_install")
class TestRedTeamReports(MemberReportCase, HttpCase):
    def _html(self, report, records, user):
        return (
            self.env["ir.actions.report"]
            .with_user(user)
            ._render_qweb_html(self.env.ref(report).report_name, records.ids)
        )

    def _assert_refused(self, report, records, user=None):
        user = user or self.user_secretary
        with self.assertRaises(AccessError):
            self._html(report, records, user)
        self.assertFalse(
            self.env["party.member.access.log"].search([("user_id", "=", user.id)])
        )

    def test_receipt_outside_scope(self):
        self._assert_refused(RECEIPT, self.outsider_line)
        self._assert_refused(RECEIPT, self.march | self.outsider_line)

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
        for report, record in ((RECEIPT, self.outsider_line),):
            name = self.env.ref(report).report_name
            response = self.url_open(f"/report/pdf/{name}/{record.id}", timeout=60)
            self.assertNotEqual(response.status_code, 200)
            self.assertNotIn("Hoàng Văn Nam", response.text)
