# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import AccessError, UserError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.mail.tests.common import MockEmail

from .common import PORTAL as PORTAL_GROUP
from .common import PartyPortalCase


@tagged("post_install", "-at_install")
class TestPortalAccess(PartyPortalCase, MockEmail, HttpCase):
    """Grant and revoke a member's portal access: the party office only,
    checked on the server; row by row in batch; internal users untouched."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_dung = cls._official("Phạm Văn Dũng")
        cls.member_dung.partner_id = cls.env["res.partner"].create(
            {
                "name": "Phạm Văn Dũng",
                "email": "dung@tongcongty-a.vn",
                "company_id": cls.company.id,
            }
        )
        cls.member_hoa = cls._official("Lê Thị Hoa")
        cls.employee_em = cls._employee_with_email("Đỗ Thị Em", "em@tongcongty-a.vn")
        cls.member_em = cls._official("Đỗ Thị Em", employee_id=cls.employee_em.id)

    @classmethod
    def _employee_with_email(cls, name, email):
        return cls.env["hr.employee"].create(
            {"name": name, "company_id": cls.company.id, "work_email": email}
        )

    def _grant(self, members, user=None):
        return members.with_user(user or self.user_office).action_grant_portal_access()

    def test_grant_as_office(self):
        """The member's contact gets a portal user in the member's company,
        linked to the member, invited by email; they reach /my/party."""
        with self.mock_mail_gateway():
            self._grant(self.member_dung)
        user = self.member_dung.user_id
        self.assertTrue(user)
        self.assertTrue(user._is_portal())
        self.assertEqual(user.partner_id, self.member_dung.partner_id)
        self.assertEqual(user.company_id, self.company)
        self.assertEqual(user.login, "dung@tongcongty-a.vn")
        self.assertTrue(self.member_dung.has_portal_access)
        self.assertEqual(len(self._mails), 1)
        self.assertIn("dung@tongcongty-a.vn", self._mails[0]["email_to"][0])
        user.password = "dung-portal-1"
        self.authenticate(user.login, "dung-portal-1")
        response = self.url_open("/my/party")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Phạm Văn Dũng", response.text)

    def test_revoke_as_office(self):
        """Revoking archives the portal user and unlinks it: the member's
        pages are gone (404); a new grant reactivates the same user."""
        self._grant(self.member_dung)
        user = self.member_dung.user_id
        user.password = "dung-portal-1"
        self.authenticate(user.login, "dung-portal-1")
        self.assertEqual(self.url_open("/my/party").status_code, 200)
        self.member_dung.with_user(self.user_office).action_revoke_portal_access()
        self.assertFalse(self.member_dung.user_id)
        self.assertFalse(user.active)
        self.assertFalse(user._is_portal())
        self.assertFalse(self.member_dung.has_portal_access)
        # The archived user's session ends: back to the login page.
        response = self.url_open("/my/party", allow_redirects=False)
        self.assertEqual(response.status_code, 303)
        self.assertIn("/web/login", response.headers["Location"])
        # The user still active but unlinked (e.g. the link removed by hand)
        # gets the member's pages as a 404.
        user.active = True
        self.authenticate(user.login, "dung-portal-1")
        self.assertEqual(self.url_open("/my/party").status_code, 404)
        user.active = False
        self._grant(self.member_dung)
        self.assertEqual(self.member_dung.user_id, user)
        self.assertTrue(user.active)
        self.assertTrue(user._is_portal())

    def test_refused_to_others(self):
        """The secretary, a member, a plain user and a portal user cannot
        grant or revoke, in Python or over JSON-RPC; nothing changes."""
        users_before = (
            self.env["res.users"].with_context(active_test=False).search_count([])
        )
        for user in (self.user_secretary, self.user_member, self.user_plain):
            for method in ("action_grant_portal_access", "action_revoke_portal_access"):
                with self.assertRaises(AccessError, msg=f"{user.login} {method}"):
                    getattr(
                        (self.member_dung | self.member_an).with_user(user), method
                    )()
        for user in (self.user_secretary, self.user_member, self.portal_an):
            self._login(user)
            for method in ("action_grant_portal_access", "action_revoke_portal_access"):
                with mute_logger("odoo.http"):
                    result, error = self._rpc(
                        "party.member",
                        method,
                        [self.member_dung.id, self.member_an.id],
                    )
                self.assertIsNone(result)
                self.assertIn("AccessError", error["data"]["name"])
        self.assertFalse(self.member_dung.user_id)
        self.assertEqual(self.member_an.user_id, self.portal_an)
        self.assertTrue(self.portal_an.active)
        self.assertEqual(
            self.env["res.users"].with_context(active_test=False).search_count([]),
            users_before,
        )

    def test_batch_report(self):
        """A batch grants what it can and names each row it did not, with
        the reason; a single refused member raises it."""
        action = self._grant(
            self.member_dung | self.member_hoa | self.member_em | self.member_an
        )
        self.assertTrue(self.member_dung.user_id._is_portal())
        self.assertTrue(self.member_em.user_id._is_portal())
        self.assertFalse(self.member_hoa.user_id)
        params = action["params"]
        self.assertEqual(params["type"], "warning")
        self.assertTrue(params["sticky"])
        self.assertIn("2 member(s) received portal access.", params["message"])
        self.assertIn("Lê Thị Hoa has no contact", params["message"])
        self.assertIn("Nguyễn Văn An already has portal access.", params["message"])
        self.assertNotIn("Phạm Văn Dũng", params["message"])
        self.member_hoa.partner_id = self.env["res.partner"].create(
            {"name": "Lê Thị Hoa", "company_id": self.company.id}
        )
        with self.assertRaisesText(UserError, "Lê Thị Hoa has no valid email"):
            self._grant(self.member_hoa)
        self.member_hoa.partner_id.email = "dung@tongcongty-a.vn"
        with self.assertRaisesText(UserError, "email address of another user"):
            self._grant(self.member_hoa)
        self.assertFalse(self.member_hoa.user_id)

    def test_batch_revoke_leaves_internal_users(self):
        """Revoking in batch archives portal users only and says which
        members keep their internal user."""
        self.employee_em.user_id = self.user_plain
        self.assertEqual(self.member_em.user_id, self.user_plain)
        action = self.member_em.with_user(
            self.user_office
        ).action_revoke_portal_access()
        self.assertIn("has an internal user", action["params"]["message"])
        action = (
            (self.member_an | self.member_binh | self.member_em)
            .with_user(self.user_office)
            .action_revoke_portal_access()
        )
        self.assertIn("2 member(s) lost portal access.", action["params"]["message"])
        self.assertFalse(self.portal_an.active)
        self.assertFalse(self.portal_binh.active)
        self.assertTrue(self.user_plain.active)
        self.assertEqual(self.member_em.user_id, self.user_plain)
        self.assertFalse(self.member_an.user_id)

    def test_employee_link(self):
        """An employee member without a user gets a portal user that a
        recompute keeps; an internal user given to the employee later wins
        (the portal user is archived), and granting then does nothing."""
        self._grant(self.member_em)
        portal_user = self.member_em.user_id
        self.assertTrue(portal_user._is_portal())
        self.assertFalse(self.employee_em.user_id)
        self.assertEqual(self.member_em.partner_id, self.employee_em.work_contact_id)
        self.employee_em.user_id = False
        self.employee_em.job_title = "Kế toán"
        self.assertEqual(self.member_em.user_id, portal_user)
        self.employee_em.user_id = self.user_plain
        self.assertEqual(self.member_em.user_id, self.user_plain)
        self.assertFalse(portal_user.active, "the replaced portal user is archived")
        action = self._grant(self.member_em)
        self.assertIn("has an internal user", action["params"]["message"])
        self.assertEqual(self.member_em.user_id, self.user_plain)
        self.assertFalse(self.user_plain.share)

    def test_server_actions(self):
        """The list's batch actions run for the party office only."""
        grant = self.env.ref("party_portal.party_member_action_grant_portal_access")
        context = {
            "active_model": "party.member",
            "active_ids": (self.member_dung | self.member_hoa).ids,
        }
        with self.assertRaises(AccessError):
            grant.with_user(self.user_secretary).with_context(**context).run()
        self.assertFalse(self.member_dung.user_id)
        action = grant.with_user(self.user_office).with_context(**context).run()
        self.assertIn("1 member(s) received", action["params"]["message"])
        self.assertTrue(self.member_dung.user_id._is_portal())

    def test_contacts_and_states(self):
        """A contact's existing portal user is linked, not duplicated; a
        contact shared by two members, a contact whose user is another
        member's, and a member out of the party are refused."""
        contact_user = self._user("portal_dung", PORTAL_GROUP, self.company)
        contact_user.active = False
        self.member_dung.partner_id = contact_user.partner_id
        with self.mock_mail_gateway():
            action = self._grant(self.member_dung)
        self.assertEqual(self.member_dung.user_id, contact_user)
        self.assertTrue(contact_user.active)
        self.assertEqual(self._mails, [])
        self.assertIn("1 member(s) received", action["params"]["message"])
        self.member_hoa.partner_id = self.portal_an.partner_id
        with self.assertRaisesText(UserError, "contact of another member"):
            self._grant(self.member_hoa)
        shared = self.env["res.partner"].create(
            {"name": "Chung", "email": "chung@tongcongty-a.vn"}
        )
        self.member_hoa.partner_id = shared
        self.member_em.partner_id = shared
        action = self._grant(self.member_hoa | self.member_em)
        self.assertEqual(action["params"]["message"].count("contact of another"), 2)
        self.assertFalse((self.member_hoa | self.member_em).user_id)
        self.member_em.partner_id = self.employee_em.work_contact_id
        self.member_em._add_event("leave", self.member_em.official_date)
        with self.assertRaisesText(UserError, "not in the party"):
            self._grant(self.member_em)
        self.assertFalse(self.member_em.user_id)
