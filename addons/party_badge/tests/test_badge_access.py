# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestBadgeAccess(PartyMemberCase):
    """Who sees which badge awards: own, subtree, company."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        employee = cls._member_user_employee()
        cls.own = cls._official("ĐẢNG VIÊN", cls.cell_1, employee_id=employee.id)
        cls.in_subtree = cls._official("CHI BỘ 2", cls.cell_2)
        cls.elsewhere = cls._official("CHI BỘ 1 KHÁC", cls.cell_1)
        cls.awards = {
            m: cls.env["party.badge.award"].create(
                {"member_id": m.id, "milestone": 30, "occasion_date": date(2026, 2, 3)}
            )
            for m in (cls.own, cls.in_subtree, cls.elsewhere)
        }

    def _visible(self, user):
        Award = self.env["party.badge.award"].with_user(user)
        return Award.search([]).mapped("member_id")

    def test_member_reads_own_only(self):
        """A member reads their own badges, and cannot change them."""
        self.assertEqual(self._visible(self.user_member), self.own)
        with self.assertRaises(AccessError):
            self.awards[self.own].with_user(self.user_member).write({"note": "X"})

    def test_secretary_subtree(self):
        """A secretary works on the badges of their subtree only."""
        self.assertEqual(self._visible(self.user_secretary), self.in_subtree)
        with self.assertRaises(AccessError):
            self.awards[self.elsewhere].with_user(self.user_secretary).read(["note"])

    def test_office_company(self):
        """The party office sees every badge of its company."""
        self.assertEqual(
            self._visible(self.user_office),
            self.own | self.in_subtree | self.elsewhere,
        )

    def test_plain_user_no_access(self):
        """Users without a party group see no badge."""
        with self.assertRaises(AccessError):
            self.env["party.badge.award"].with_user(self.user_plain).search([])

    def test_serious_illness_office_only(self):
        """The serious-illness flag is read by the party office only."""
        self.in_subtree.badge_serious_illness = True
        office = self.in_subtree.with_user(self.user_office)
        self.assertTrue(office.badge_serious_illness)
        with self.assertRaises(AccessError):
            self.in_subtree.with_user(self.user_secretary).read(
                ["badge_serious_illness"]
            )
