# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import timedelta

from odoo import fields
from odoo.tests import HttpCase, tagged


@tagged("post_install", "-at_install")
class TestDemoLogins(HttpCase):
    """The demo logins of README ("Demo logins") exist with data to see
    (only on a database with demo data)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member_user = cls.env.ref(
            "party_demo.user_member_demo", raise_if_not_found=False
        )
        if not cls.member_user:
            cls.skipTest(cls, "no demo data")
        cls.secretary_user = cls.env.ref("party_demo.user_secretary_demo")
        cls.office_user = cls.env.ref("party_demo.user_office_demo")
        cls.member = cls.env.ref("party_member.member_hne_demo")

    def test_logins(self):
        """member is a portal user of a plain member, secretary an internal
        branch secretary, office the party office; each logs in."""
        self.assertTrue(self.member_user._is_portal())
        self.assertEqual(self.member.user_id, self.member_user)
        self.assertEqual(self.member.partner_id, self.member_user.partner_id)
        self.assertTrue(self.secretary_user._is_internal())
        self.assertTrue(
            self.secretary_user.has_group("party_org.group_party_secretary")
        )
        self.assertFalse(self.secretary_user.has_group("party_org.group_party_office"))
        self.assertTrue(self.office_user.has_group("party_org.group_party_office"))
        self.assertEqual(
            self.env.ref("party_member.member_jep_demo").user_id, self.secretary_user
        )
        for login in ("member", "secretary", "office"):
            self.authenticate(login, login)
        self.authenticate("member", "member")
        response = self.url_open("/my/party")
        self.assertEqual(response.status_code, 200)
        self.assertIn(self.member.name, response.text)

    def test_member_has_data(self):
        """The portal member has fees, past and upcoming meetings (one
        opening today, chaired by the secretary), delivered documents and
        this year's review to fill."""
        portal = self.env["party.portal"].with_user(self.member_user)
        self.assertEqual(portal._get_member(), self.member)
        today = fields.Date.today()
        fees = self.env["party.fee.line"].search([("member_id", "=", self.member.id)])
        self.assertGreaterEqual(len(fees), 2)
        self.assertIn(today.replace(day=1), fees.mapped("month"))
        attendances = self.env["party.meeting.attendance"].search(
            [("member_id", "=", self.member.id)]
        )
        meetings = attendances.meeting_id
        self.assertIn("held", meetings.mapped("state"))
        upcoming = meetings.filtered(
            lambda m: m.state == "invited"
            and m.date_start.date() <= today + timedelta(days=1)
        )
        self.assertEqual(len(upcoming), 2)
        self.assertEqual(upcoming.chair_id.user_id, self.secretary_user)
        self.assertTrue(upcoming.agenda_ids)
        self.assertTrue(upcoming.document_ids)
        deliveries = self.env["party.document.delivery"].search(
            [("user_id", "=", self.member_user.id)]
        )
        self.assertTrue(deliveries)
        self.assertFalse(deliveries.document_id.filtered("is_secret"))
        review = self.env["party.evaluation"].search(
            [("member_id", "=", self.member.id), ("year", "=", today.year)]
        )
        self.assertEqual(review.state, "draft")
