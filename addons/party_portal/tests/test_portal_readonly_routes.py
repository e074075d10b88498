# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The /my/party routes marked ``readonly``: with ``db_replica_host`` Odoo
serves them from the read replica. HttpCase runs a read-only route in a
READ ONLY transaction, like the replica: a write there would fail and be
retried on the primary with a warning from odoo.http, which fails these
tests. A route newly marked read-only fails the inventory test until it is
walked here."""

import json

from odoo.tests import HttpCase, tagged

from ..controllers.portal import readonly_unless_sent
from .common_meetings import PortalMeetingsCase
from .docs_common import PartyPortalDocsCase

PREFIX = "/my/party"
MODULE = "odoo.addons.party_portal."
# Rules marked readonly, True or a callable (read-only unless ?sent=).
READONLY_RULES = {
    "/my/party",
    "/my/party/record",
    "/my/party/documents",
    "/my/party/documents/page/<int:page>",
    "/my/party/study",
    "/my/party/study/page/<int:page>",
    "/my/party/meetings",
    "/my/party/meetings/<int:meeting_id>",
    "/my/party/meetings/<int:meeting_id>/checkin",
    "/my/party/meetings/<int:meeting_id>/documents/<int:document_id>",
    "/my/party/questions",
    "/my/party/questions/page/<int:page>",
    "/my/party/review",
    "/my/party/votes",
    "/my/party/chair/<int:meeting_id>/live",
}


@tagged("post_install", "-at_install")
class TestPortalReadonlyRoutes(PortalMeetingsCase, PartyPortalDocsCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.meeting.chair_id = cls.member_an

    def _readonly_rules(self):
        routing = self.env["ir.http"].routing_map()
        for rule in routing.iter_rules():
            endpoint = getattr(rule.endpoint, "original_endpoint", rule.endpoint)
            if (
                (rule.rule == PREFIX or rule.rule.startswith(PREFIX + "/"))
                and endpoint.__module__.startswith(MODULE)
                and rule.endpoint.routing.get("readonly")
            ):
                yield rule.rule

    def _get_readonly(self, url, status=200, **kwargs):
        """GET ``url`` as An: ``status``, and no write retried on the primary."""
        with self.assertNoLogs("odoo.http", "WARNING"):
            response = self.url_open(url, **kwargs)
        self.assertEqual(response.status_code, status, url)
        return response

    def test_inventory_of_readonly_routes(self):
        """Every read-only /my/party route is one walked below, and the
        pages that record something are not read-only."""
        marked = set(self._readonly_rules())
        self.assertEqual(marked, READONLY_RULES)
        # A document page records its read receipt; the ballot's own page is
        # where the ballot redirects (a lagging replica would hide it).
        self.assertNotIn("/my/party/documents/<int:document_id>", marked)
        self.assertNotIn("/my/party/vote/<int:vote_id>", marked)

    def test_member_pages_answer_read_only(self):
        """The member's pages render in a read-only transaction."""
        self._login(self.portal_an)
        meeting = self.meeting.id
        for url in (
            "/my/party",
            "/my/party/record",
            "/my/party/documents",
            "/my/party/documents/page/1",
            "/my/party/study",
            "/my/party/study/page/1",
            "/my/party/meetings",
            "/my/party/meetings?view=calendar",
            f"/my/party/meetings/{meeting}",
            f"/my/party/meetings/{meeting}/documents/{self.document.id}",
            "/my/party/questions",
            "/my/party/questions/page/1",
            "/my/party/review",
            "/my/party/votes",
        ):
            with self.subTest(url=url):
                self._get_readonly(url)

    def test_checkin_code_answers_read_only(self):
        """The typed check-in code redirects to the check-in page (which
        writes, and is not read-only); a wrong code shows the meeting."""
        self._login(self.portal_an)
        code = self.meeting._portal_checkin_code()
        url = f"/my/party/meetings/{self.meeting.id}/checkin?code="
        response = self._get_readonly(url + code)
        self.assertIn(f"/party/meeting/{self.meeting.checkin_token}/", response.url)
        self._get_readonly(url + "WRONG")

    def test_chair_live_answers_read_only(self):
        """The chair's screen polls the live count in a read-only transaction."""
        self._login(self.portal_an)
        with self.assertNoLogs("odoo.http", "WARNING"):
            response = self.url_open(
                f"/my/party/chair/{self.meeting.id}/live",
                data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": {}}),
                headers={"Content-Type": "application/json"},
            )
        self.assertIn("result", response.json())

    def test_sent_pages_read_the_primary(self):
        """The pages a form redirects to with ?sent= are read-only only
        without it (readonly_unless_sent): right after the member's own
        write they read the primary, and still answer."""
        rules = {
            rule.rule: rule.endpoint.routing["readonly"]
            for rule in self.env["ir.http"].routing_map().iter_rules()
        }
        for path in (
            "/my/party/record",
            "/my/party/meetings/<int:meeting_id>",
            "/my/party/questions",
            "/my/party/review",
        ):
            self.assertIs(rules[path], readonly_unless_sent, path)
        self._login(self.portal_an)
        self._get_readonly("/my/party/record?sent=1")
        self._get_readonly(f"/my/party/meetings/{self.meeting.id}?sent=1")
