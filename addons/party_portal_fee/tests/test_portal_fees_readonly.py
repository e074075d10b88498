# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged

from .common import PortalFeeCase


@tagged("post_install", "-at_install")
class TestPortalFeesReadonly(PortalFeeCase, HttpCase):
    """/my/party/fees is read-only (served by the read replica when there is
    one): it renders in a READ ONLY transaction, no write retried on the
    primary; its receipts (printed, logged) are not read-only."""

    def test_fee_pages_answer_read_only(self):
        """The fee statement and the home tile with its balance."""
        rules = {
            rule.rule: rule.endpoint.routing["readonly"]
            for rule in self.env["ir.http"].routing_map().iter_rules()
        }
        self.assertIs(rules["/my/party/fees"], True)
        self.assertFalse(rules["/my/party/fees/receipt/<int:line_id>"])
        self._login(self.portal_an)
        for url in ("/my/party/fees", f"/my/party/fees?year={self.last_year}"):
            with self.subTest(url=url), self.assertNoLogs("odoo.http", "WARNING"):
                response = self.url_open(url)
            self.assertEqual(response.status_code, 200, url)
