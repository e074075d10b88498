# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError, ValidationError
from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberPrivacy(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.member = cls._official("NGUYỄN VĂN RIÊNG")
        cls.Log = cls.env["party.member.access.log"]

    def _logs(self, operation):
        return self.Log.search(
            [("member_id", "=", self.member.id), ("operation", "=", operation)]
        )

    def test_opening_a_form_is_logged(self):
        """Opening one member record logs who opened it; a list read too (M3)."""
        office_member = self.member.with_user(self.user_office)
        office_member.web_read({"name": {}})
        log = self._logs("read")
        self.assertEqual(log.user_id, self.user_office)
        other = self._official("TRẦN THỊ KHÁC")
        (self.member | other).with_user(self.user_office).web_read({"name": {}})
        self.assertEqual(len(self._logs("read")), 2)
        self.assertEqual(
            self.Log.search([("member_id", "=", other.id)]).user_id, self.user_office
        )

    def test_export_and_write_are_logged(self):
        """Exports and changes are logged with the fields concerned."""
        self.user_office.groups_id += self.env.ref("base.group_allow_export")
        self.member.with_user(self.user_office).export_data(["name", "citizen_id"])
        self.assertEqual(self._logs("export").field_names, "citizen_id, name")
        self.member.with_user(self.user_office).write({"birth_place": "Hà Nội"})
        self.assertEqual(self._logs("write").field_names, "birth_place")

    def test_log_is_office_only_and_immutable(self):
        """Secretaries cannot read the log; nobody can alter it."""
        self.member.with_user(self.user_office).web_read({"name": {}})
        log = self._logs("read")
        with self.assertRaises(AccessError):
            log.with_user(self.user_secretary).read(["user_id"])
        with self.assertRaises(AccessError):
            log.with_user(self.user_office).write({"operation": "export"})
        with self.assertRaises(AccessError):
            log.with_user(self.user_office).unlink()

    def test_consent_withdrawal(self):
        """A consent is in force until withdrawn, never withdrawn before given."""
        consent = self.env["party.member.consent"].create(
            {
                "member_id": self.member.id,
                "purpose": "photo",
                "date_given": date(2025, 1, 1),
            }
        )
        self.assertTrue(consent.active_consent)
        consent.action_withdraw()
        self.assertFalse(consent.active_consent)
        with self.assertRaises(ValidationError):
            consent.date_withdrawn = date(2024, 1, 1)
        with self.assertRaises(AccessError):
            consent.with_user(self.user_secretary).read(["purpose"])
