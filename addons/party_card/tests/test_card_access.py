# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common_cards import PartyCardCase


@tagged("post_install", "-at_install")
class TestCardAccess(PartyCardCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        employee = cls._member_user_employee()
        cls.own = cls._official("ĐẢNG VIÊN", cls.cell_1, employee_id=employee.id)
        cls.in_subtree = cls._official("CHI BỘ 2", cls.cell_2)
        cls.elsewhere = cls._official("CHI BỘ 1 KHÁC", cls.cell_1)
        cls.cards = {m: cls._card(m) for m in (cls.own, cls.in_subtree, cls.elsewhere)}

    def _visible(self, model, user):
        return self.env[model].with_user(user).search([]).mapped("member_id")

    def test_member_reads_own_only(self):
        """A member reads their own card, and cannot change them."""
        for model in ("party.card",):
            self.assertEqual(self._visible(model, self.user_member), self.own, model)
        with self.assertRaises(AccessError):
            self.cards[self.in_subtree].with_user(self.user_member).read(["number"])
        with self.assertRaises(AccessError):
            self.cards[self.own].with_user(self.user_member).write({"e_card_id": "X"})

    def test_secretary_subtree(self):
        """A secretary works on the cards of their subtree only."""
        for model in ("party.card",):
            self.assertEqual(
                self._visible(model, self.user_secretary), self.in_subtree, model
            )
        with self.assertRaises(AccessError):
            self.env["party.card"].with_user(self.user_secretary).create(
                {"member_id": self.in_subtree.id, "number": "99999999"}
            )

    def test_office_company(self):
        """The party office sees every card of its company, none of another."""
        visible = self._visible("party.card", self.user_office)
        self.assertEqual(visible, self.own | self.in_subtree | self.elsewhere)
        other = self.env["party.member"].create(
            {"name": "CÔNG TY B", "company_id": self.other_company.id}
        )
        other._add_event("admission", date(2010, 1, 5))
        other._add_event("official_recognition", date(2011, 1, 5))
        card = self._card(other)
        with self.assertRaises(AccessError):
            card.with_user(self.user_office).read(["number"])

    def test_plain_user_no_access(self):
        """Users without a party group see no card."""
        for model in ("party.card",):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_plain).search([])
