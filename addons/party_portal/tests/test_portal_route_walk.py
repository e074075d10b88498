# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: every /my/party route, walked as An with the ids of records
that are not An's (Cường's meeting, vote and document of cell_2). Each
answers 403/404/405 and changes nothing; the pages An may open show none of
Bình's or Cường's data. A new route with an id in its URL fails this test
until the walk knows which foreign record to try on it."""

import json

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common_meetings import PortalMeetingsCase
from .docs_common import PartyPortalDocsCase

PREFIX = "/my/party"
MODULE = "odoo.addons.party_portal."


@tagged("post_install", "-at_install")
class TestPortalRouteWalk(PortalMeetingsCase, PartyPortalDocsCase, HttpCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        agenda = cls.env["party.meeting.agenda"].create(
            {
                "meeting_id": cls.meeting_cuong.id,
                "name": "Biểu quyết nhân sự",
                "vote_rule": "majority",
            }
        )
        cls.vote_cuong = cls.env["party.meeting.vote"]._party_open(agenda, secret=True)
        # The foreign record tried in place of each id of a route.
        cls.foreign_ids = {
            "meeting_id": cls.meeting_cuong.id,
            "vote_id": cls.vote_cuong.id,
            "document_id": cls.doc_cuong.id,
            "page": 1,
        }

    def _party_rules(self):
        """(rule, endpoint module) of every /my/party route."""
        routing = self.env["ir.http"].routing_map()
        for rule in routing.iter_rules():
            if rule.rule == PREFIX or rule.rule.startswith(PREFIX + "/"):
                endpoint = getattr(rule.endpoint, "original_endpoint", rule.endpoint)
                yield rule, endpoint.__module__

    def _snapshot(self):
        """What a refused call must leave as it was."""
        Activity = self.env["mail.activity"]
        return {
            "activities": Activity.search_count([]),
            "voters": self.env["party.meeting.vote.voter"].search_count([]),
            "tally": self.vote_cuong.voter_count,
            "studies": self.env["party.document.study"].search_count(
                [("date_studied", "!=", False)]
            ),
            "read": self.env["party.document.delivery"].search_count(
                [("date_read", "!=", False)]
            ),
            "attendance": sorted(
                self.meeting_cuong.attendance_ids.mapped(lambda a: (a.id, a.state))
            ),
            "questions": self.env["party.member.question"].search_count([]),
        }

    @mute_logger("odoo.http", "odoo.addons.http_routing.models.ir_http")
    def test_walk_every_route_with_foreign_ids(self):
        self._login(self.portal_an)
        csrf = self._csrf("/my/party/record")
        before = self._snapshot()
        walked = 0
        for rule, module in self._party_rules():
            names = sorted(rule.arguments)
            if not names or names == ["page"]:
                continue
            if not module.startswith(MODULE):
                continue  # a bridge's routes: walked by the bridge's own tests
            unknown = set(names) - set(self.foreign_ids)
            self.assertFalse(
                unknown,
                f"{rule.rule}: tell the walk which foreign record to try for {unknown}",
            )
            url = rule.build({name: self.foreign_ids[name] for name in names})[1]
            if rule.endpoint.routing.get("type") == "json":
                response = self.url_open(
                    url,
                    data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": {}}),
                    headers={"Content-Type": "application/json"},
                )
                body = response.json()
                self.assertNotIn("result", body, url)
                self.assertIn("NotFound", body["error"]["data"]["name"], url)
                walked += 1
                continue
            for method in ("GET", "POST"):
                # Redirects are followed: the language prefix of the URL
                # (/en/...) is a redirect; where it ends is what counts.
                if method == "GET":
                    response = self.url_open(url)
                else:
                    response = self.url_open(
                        url,
                        data={"csrf_token": csrf, "choice": "for", "reason": "x"},
                    )
                self.assertIn(
                    response.status_code,
                    (403, 404, 405),
                    f"{method} {url} answered {response.status_code}",
                )
            walked += 1
        self.assertGreaterEqual(walked, 8)
        self.env.invalidate_all()
        self.assertEqual(self._snapshot(), before)

    @mute_logger("odoo.http")
    def test_own_pages_show_nobody_else(self):
        """Every page of An without an id: 200, and none of Bình's or
        Cường's private data in it."""
        self._login(self.portal_an)
        secrets = [
            self.member_binh.citizen_id,
            self.member_cuong.name,
            self.doc_cuong.summary,
            self.meeting_cuong.place,
        ]
        pages = 0
        for rule, _module in self._party_rules():
            if rule.arguments or "GET" not in (rule.methods or {"GET"}):
                continue
            response = self.url_open(rule.rule)
            self.assertEqual(response.status_code, 200, rule.rule)
            for secret in secrets:
                self.assertNotIn(secret, response.text, rule.rule)
            pages += 1
        self.assertGreaterEqual(pages, 7)
