# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestEmployeePublic(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Đỗ Văn Hùng", "company_id": cls.company.id}
        )
        cls.member = cls._official(
            "ĐỖ VĂN HÙNG", cls.cell_2, employee_id=cls.employee.id
        )

    def test_party_user_sees_party_facts(self):
        """A party user without HR rights sees the party facts and smart
        button on the public employee."""
        user = self.user_office
        self.assertFalse(user.has_group("hr.group_hr_user"))
        public = self.env["hr.employee.public"].with_user(user).browse(self.employee.id)
        self.assertEqual(public.party_member_id, self.member)
        self.assertEqual(public.party_state, "official")
        self.assertEqual(public.party_organization_id, self.cell_2)
        self.assertEqual(public.party_official_date, date(2016, 3, 2))
        arch = public.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertIn("action_view_party_member", arch)
        self.assertIn('name="party_state"', arch)
        action = public.action_view_party_member()
        self.assertEqual(
            (action["res_model"], action["res_id"]), ("party.member", self.member.id)
        )

    def test_no_party_group_no_party_data(self):
        """A user without a party group gets neither the fields nor the button."""
        user = self.user_plain
        public = self.env["hr.employee.public"].with_user(user).browse(self.employee.id)
        self.assertEqual(public.name, "Đỗ Văn Hùng")
        with self.assertRaises(AccessError):
            public.read(["party_state"])
        with self.assertRaises(AccessError):
            public.read(["party_member_id"])
        arch = public.get_views([(False, "form")])["views"]["form"]["arch"]
        self.assertNotIn("party_state", arch)
        self.assertNotIn("action_view_party_member", arch)
