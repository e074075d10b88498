# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PartyOrgCase


@tagged("post_install", "-at_install")
class TestAccess(PartyOrgCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.term_sub = cls.env["party.term"].create(
            {
                "organization_id": cls.sub_committee.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        cls.secretary_position = cls.env["party.position"].create(
            {
                "organization_id": cls.sub_committee.id,
                "term_id": cls.term_sub.id,
                "employee_id": cls.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cls.user_member.party_organization_ids = cls.cell_1

    def _visible(self, user):
        return self.env["party.organization"].with_user(user).search([])

    def test_user_without_party_group_sees_nothing(self):
        """Users without a party group cannot read organisations at all."""
        with self.assertRaises(AccessError):
            self.env["party.organization"].with_user(self.user_plain).search([])

    def test_member_sees_own_organisation_and_ancestors(self):
        """A member reads their organisation, its ancestors and external committees."""
        ours = self.external | self.committee | self.sub_committee | self.cell_1
        ours |= self.cell_2 | self.group | self.other_committee
        self.assertEqual(
            self._visible(self.user_member) & ours,
            self.external | self.committee | self.cell_1,
        )
        with self.assertRaises(AccessError):
            self.cell_2.with_user(self.user_member).read(["name"])
        with self.assertRaises(AccessError):
            self.cell_1.with_user(self.user_member).write({"name": "Đổi tên"})

    def test_secretary_sees_subtree(self):
        """A secretary reads the subtree of the organisation of their position."""
        visible = self._visible(self.user_secretary)
        self.assertLessEqual(self.sub_committee | self.cell_2 | self.group, visible)
        self.assertNotIn(self.cell_1, visible)
        self.assertNotIn(self.other_committee, visible)
        with self.assertRaises(AccessError):
            self.cell_1.with_user(self.user_secretary).read(["name"])

    def test_secretary_manages_positions_in_subtree_only(self):
        """A secretary records positions below them but not elsewhere."""
        Position = self.env["party.position"].with_user(self.user_secretary)
        employee = self._employee("Phó bí thư")
        Position.create(
            {
                "organization_id": self.cell_2.id,
                "term_id": self.term.id,
                "employee_id": employee.id,
                "role": "deputy_secretary",
                "date_start": date(2025, 2, 1),
            }
        )
        term_1 = self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2027, 12, 31),
            }
        )
        with self.assertRaises(AccessError):
            Position.create(
                {
                    "organization_id": self.cell_1.id,
                    "term_id": term_1.id,
                    "employee_id": employee.id,
                    "role": "committee_member",
                    "date_start": date(2025, 2, 1),
                }
            )

    def test_secretary_scope_ends_with_position(self):
        """Closing the position removes the secretary's reach at once."""
        self.assertIn(self.cell_2, self._visible(self.user_secretary))
        self.secretary_position.action_close()
        self.assertNotIn(self.cell_2, self._visible(self.user_secretary))

    def test_office_sees_own_companies_only(self):
        """The party office reads and edits every organisation of its companies only."""
        visible = self._visible(self.user_office)
        self.assertLessEqual(self.committee | self.cell_1 | self.cell_2, visible)
        self.assertNotIn(self.other_committee, visible)
        self.cell_1.with_user(self.user_office).write({"code": "CB1"})
        self.assertEqual(self.cell_1.code, "CB1")
        with self.assertRaises(AccessError):
            self.other_committee.with_user(self.user_office).read(["name"])
        with self.assertRaises(AccessError):
            self.cell_1.with_user(self.user_office).unlink()

    def test_groups_are_chained(self):
        """Each party group implies the one below it."""
        self.assertTrue(self.user_office.has_group("party_org.group_party_secretary"))
        self.assertTrue(self.user_office.has_group("party_org.group_party_member"))
        self.assertFalse(self.user_office.has_group("party_org.group_party_admin"))
