# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from .common import PartyPortalCase


@tagged("post_install", "-at_install")
class TestPortalRecord(PartyPortalCase, HttpCase):
    """/my/party and /my/party/record: the member's own record, nobody else's."""

    def test_handbook_shows_own_record_only(self):
        self._login(self.portal_an)
        response = self.url_open("/my/party")
        self.assertEqual(response.status_code, 200)
        self.assertIn("Nguyễn Văn An", response.text)
        self.assertNotIn("Trần Thị Bình", response.text)
        record = self.url_open("/my/party/record")
        self.assertEqual(record.status_code, 200)
        self.assertIn("001085012345", record.text)
        self.assertNotIn("001190054321", record.text)
        self.assertIn(self.cell_1.name, record.text)

    def test_home_counter(self):
        """The /my entry counts 1 for a member, 0 for anyone else."""
        self._login(self.portal_an)
        counters = self.make_jsonrpc_request(
            "/my/counters", {"counters": ["party_count"]}
        )
        self.assertEqual(counters["party_count"], 1)
        self._login(self.portal_customer)
        counters = self.make_jsonrpc_request(
            "/my/counters", {"counters": ["party_count"]}
        )
        self.assertEqual(counters["party_count"], 0)

    def test_no_member_no_page(self):
        """A user without a record, or whose record left the party, gets the
        same 404: no page tells whether someone is a member."""
        self._login(self.portal_customer)
        self.assertEqual(self.url_open("/my/party").status_code, 404)
        self.assertEqual(self.url_open("/my/party/record").status_code, 404)
        self.member_binh._add_event("leave", self.member_binh.official_date)
        self._login(self.portal_binh)
        self.assertEqual(self.url_open("/my/party/record").status_code, 404)

    def test_correction_request(self):
        """The request becomes an activity for the party office on the
        member's own record, the message escaped."""
        self._login(self.portal_an)
        csrf = self._csrf()
        response = self.url_open(
            "/my/party/record/correction",
            data={"csrf_token": csrf, "message": "Ngày sinh sai <b>1985</b>"},
        )
        self.assertEqual(response.status_code, 200)
        self.assertIn("sent to the party office", response.text)
        activity = self.env["mail.activity"].search(
            [("res_model", "=", "party.member"), ("res_id", "=", self.member_an.id)]
        )
        self.assertEqual(len(activity), 1)
        self.assertEqual(activity.user_id, self.user_office)
        self.assertIn("&lt;b&gt;1985&lt;/b&gt;", str(activity.note))

    def test_empty_correction_refused(self):
        self._login(self.portal_an)
        csrf = self._csrf()
        response = self.url_open(
            "/my/party/record/correction", data={"csrf_token": csrf, "message": " "}
        )
        self.assertIn("Write what should be corrected.", response.text)
        self.assertFalse(
            self.env["mail.activity"].search(
                [("res_model", "=", "party.member"), ("res_id", "=", self.member_an.id)]
            )
        )

    @mute_logger("odoo.http")
    def test_portal_user_reads_nothing_over_rpc(self):
        """A portal member holds no access right on party data: JSON-RPC on
        their own record, another's, fees or meetings is refused."""
        self._login(self.portal_an)
        for model in ("party.member", "party.meeting", "party.document"):
            result, error = self._rpc(model, "search_read", [], fields=["id"])
            self.assertIsNone(result, model)
            self.assertIn("AccessError", error["data"]["name"], model)
        result, error = self._rpc(
            "party.member", "read", [self.member_an.id], ["citizen_id"]
        )
        self.assertIsNone(result)
        response = self.url_open(
            f"/web/content/party.member/{self.member_binh.id}/image_128"
        )
        self.assertNotEqual(response.status_code, 200)
