# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: the fee base update from contracts (security review L1)."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import HttpCase, new_test_user, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase
from odoo.addons.party_org.tests.red_team import RedTeamMixin

WAGE = 17_250_000


class FeeBaseCase(RedTeamMixin, PartyMemberCase):
    """A member of the secretary's subtree and one outside, both with a
    running contract wage different from their fee base."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.user_portal = new_test_user(
            cls.env, login="party_portal_fee", groups="base.group_portal"
        )
        cls.inside = cls._with_contract("TRONG CHI BỘ", cls.cell_2)
        cls.outside = cls._with_contract("NGOÀI CHI BỘ", cls.cell_1)

    @classmethod
    def _with_contract(cls, name, cell):
        employee = cls.env["hr.employee"].create(
            {"name": name, "company_id": cls.company.id}
        )
        member = cls._official(name, cell, employee_id=employee.id)
        cls.env["hr.contract"].create(
            {
                "name": "HĐLĐ",
                "employee_id": employee.id,
                "company_id": cls.company.id,
                "wage": WAGE,
                "date_start": date(2025, 1, 1),
                "state": "open",
            }
        )
        member.with_context(tracking_disable=True).fee_base = 4_100_000  # out of date
        return member


@tagged("post_install", "-at_install")
class TestFeeBaseRedTeam(FeeBaseCase):
    def test_sync_refused_outside_charge(self):
        """L1: nobody updates fee bases outside their charge (sudo writes)."""
        members = self.inside | self.outside
        for user in (self.user_plain, self.user_member, self.user_secretary):
            with self.assertUnchanged(members), self.assertRaises(AccessError):
                self.env["party.member"].with_user(user).browse(
                    members.ids
                ).action_sync_fee_base()
        self.assertEqual(members.mapped("fee_base"), [4_100_000, 4_100_000])

    def test_sync_in_charge_leaves_no_salary_history(self):
        """L1: the secretary updates their members; no chatter line keeps the wage."""
        self.inside.with_user(self.user_secretary).action_sync_fee_base()
        self.assertEqual(self.inside.fee_base, WAGE)
        tracked = self.inside.message_ids.tracking_value_ids.filtered(
            lambda value: value.field_id.name == "fee_base"
        )
        self.assertFalse(tracked)

    def test_wage_hidden_from_members(self):
        """L1: a plain member reads neither the fee base nor the contract flag."""
        employee = self.env["hr.employee"].create(
            {"name": "Đảng viên", "company_id": self.company.id}
        )
        employee.user_id = self.user_member
        member = self._official(
            "ĐẢNG VIÊN THƯỜNG", self.cell_2, employee_id=employee.id
        )
        for fname in ("fee_base", "fee_base_from_contract"):
            with self.assertRaises(AccessError):
                member.with_user(self.user_member).read([fname])


@tagged("post_install", "-at_install")
class TestFeeBaseRedTeamHttp(FeeBaseCase, HttpCase):
    def test_http_sync_refused(self):
        """L1 over RPC: portal, plain users and secretaries outside are refused."""
        members = self.inside | self.outside
        with self.assertUnchanged(members):
            for user in (self.user_portal, self.user_plain, self.user_secretary):
                self.assertRefusedRpc(
                    user, "party.member", "action_sync_fee_base", [members.ids]
                )
        self.call_kw(
            self.user_secretary,
            "party.member",
            "action_sync_fee_base",
            [self.inside.ids],
        )
        self.inside.invalidate_recordset()
        self.assertEqual(self.inside.fee_base, WAGE)
