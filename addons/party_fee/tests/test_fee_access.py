# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestFeeAccess(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        employee = cls._member_user_employee()
        cls.own = cls._official("ĐẢNG VIÊN", cls.cell_1, employee_id=employee.id)
        # a known fee base: a missing base gives no amount to collect
        cls.in_subtree = cls._official("CHI BỘ 2", cls.cell_2, fee_base=8_000_000)
        cls.elsewhere = cls._official("CHI BỘ 1 KHÁC", cls.cell_1, fee_base=8_000_000)
        Line = cls.env["party.fee.line"]
        Line._generate(date(2026, 1, 1), cls.committee)
        cls.lines = {
            m: Line.search([("member_id", "=", m.id)])
            for m in (cls.own, cls.in_subtree, cls.elsewhere)
        }

    def _visible(self, user):
        return self.env["party.fee.line"].with_user(user).search([]).mapped("member_id")

    def test_member_reads_own_only(self):
        """A member reads their own fee lines, and cannot change them."""
        self.assertEqual(self._visible(self.user_member), self.own)
        with self.assertRaises(AccessError):
            self.lines[self.own].with_user(self.user_member).write({"remitted": True})

    def test_secretary_subtree(self):
        """A secretary works on the fee lines of their subtree only: they are
        collected through the collection wizard, in the subtree only."""
        self.assertEqual(self._visible(self.user_secretary), self.in_subtree)
        Collect = self.env["party.fee.collect"].with_user(self.user_secretary)
        Collect.create(
            {"line_ids": [(6, 0, self.lines[self.in_subtree].ids)]}
        ).action_collect()
        self.assertTrue(self.lines[self.in_subtree].receipt_number)
        with self.assertRaises(AccessError):
            Collect.create({"line_ids": [(6, 0, self.lines[self.elsewhere].ids)]})
        with self.assertRaises(AccessError):
            self.lines[self.elsewhere].with_user(self.user_secretary).action_remit()

    def test_plain_user_no_access(self):
        """Users without a party group see no fee line."""
        with self.assertRaises(AccessError):
            self.env["party.fee.line"].with_user(self.user_plain).search([])
