# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import json

from odoo.addons.party_member.tests.common import PartyMemberCase

PORTAL = "base.group_portal"


class PartyPortalCase(PartyMemberCase):
    """Two official members of cell_1 with portal users (An, Bình), one of
    cell_2 (Cường), and a portal user who is no member (a customer)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.company.partner_id.email = "dangu@tongcongty-a.vn"
        cls.portal_an = cls._user("portal_an", PORTAL, cls.company)
        cls.portal_binh = cls._user("portal_binh", PORTAL, cls.company)
        cls.portal_cuong = cls._user("portal_cuong", PORTAL, cls.company)
        cls.portal_customer = cls._user("portal_customer", PORTAL, cls.company)
        # The pages are read in English: `make test` loads Vietnamese, which
        # new users would otherwise get, and the tests read the English text.
        cls.env["res.lang"]._activate_lang("en_US")
        (
            cls.portal_an
            | cls.portal_binh
            | cls.portal_cuong
            | cls.portal_customer
            | cls.user_member
            | cls.user_secretary
            | cls.user_office
            | cls.user_plain
        ).write({"lang": "en_US"})
        cls.member_an = cls._portal_member("Nguyễn Văn An", cls.portal_an)
        cls.member_binh = cls._portal_member("Trần Thị Bình", cls.portal_binh)
        cls.member_cuong = cls._portal_member(
            "Lê Văn Cường", cls.portal_cuong, cls.cell_2
        )
        cls.member_an.citizen_id = "001085012345"
        cls.member_binh.citizen_id = "001190054321"

    @classmethod
    def _portal_member(cls, name, user, cell=None, **vals):
        member = cls._official(name, cell, **vals)
        member.user_id = user
        return member

    def _login(self, user):
        self.authenticate(user.login, user.login)

    def _csrf(self, url="/my/party/record"):
        """The session's CSRF token, read from the form of the page ``url``
        (which must answer 200)."""
        page = self.url_open(url)
        self.assertEqual(page.status_code, 200, url)
        return page.text.split('name="csrf_token" value="')[1].split('"')[0]

    def _rpc(self, model, method, *args, **kwargs):
        """A JSON-RPC call as the authenticated user: (result, error)."""
        response = self.url_open(
            "/web/dataset/call_kw",
            data=json.dumps(
                {
                    "jsonrpc": "2.0",
                    "method": "call",
                    "params": {
                        "model": model,
                        "method": method,
                        "args": list(args),
                        "kwargs": kwargs,
                    },
                }
            ),
            headers={"Content-Type": "application/json"},
        )
        body = response.json()
        return body.get("result"), body.get("error")
