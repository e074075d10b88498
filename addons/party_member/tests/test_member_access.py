# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from lxml import etree

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestMemberAccess(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # The secretary holds a position on the sub-committee: its subtree is cell_2.
        cls._secretary_on_sub_committee()
        cls.employee_member = cls._member_user_employee()
        cls.own = cls._official(
            "Đảng viên",
            cls.cell_1,
            employee_id=cls.employee_member.id,
            citizen_id="001090123456",
        )
        cls.in_subtree = cls._official("Chi bộ 2", cls.cell_2)
        cls.elsewhere = cls._official("Chi bộ 1 khác", cls.cell_1)
        cls.other_company_member = cls.env["party.member"].create(
            {"name": "Công ty B", "company_id": cls.other_company.id}
        )
        cls.family = cls.env["party.member.family"].create(
            {"member_id": cls.in_subtree.id, "relation": "father", "name": "Bố"}
        )
        cls.discipline = cls.env["party.discipline"].create(
            {
                "member_id": cls.in_subtree.id,
                "decision_id": cls.decision.id,
                "form": "reprimand",
                "date": date(2024, 1, 1),
            }
        )

    def _visible(self, user):
        return self.Member.with_user(user).search([])

    def test_plain_user_sees_no_member(self):
        """Users without a party group cannot read members."""
        with self.assertRaises(AccessError):
            self.Member.with_user(self.user_plain).search([])

    def test_member_reads_own_record_only(self):
        """A member reads their own record, its history, and nothing else."""
        self.assertEqual(self._visible(self.user_member), self.own)
        self.assertEqual(
            self.env["party.member.event"].with_user(self.user_member).search([]),
            self.own.event_ids,
        )
        with self.assertRaises(AccessError):
            self.in_subtree.with_user(self.user_member).read(["name"])
        with self.assertRaises(AccessError):
            self.own.with_user(self.user_member).write({"name": "Tự sửa"})

    def test_member_scope_includes_own_cell(self):
        """The cell of a member's own record is in their party scope."""
        self.assertIn(self.cell_1, self.user_member.party_scope_organization_ids)
        self.assertIn(
            self.cell_1,
            self.env["party.organization"].with_user(self.user_member).search([]),
        )

    def test_secretary_reads_subtree(self):
        """A secretary reads and edits members of their subtree only."""
        visible = self._visible(self.user_secretary)
        self.assertIn(self.in_subtree, visible)
        self.assertNotIn(self.elsewhere, visible)
        self.in_subtree.with_user(self.user_secretary).write({"languages": "Tiếng Anh"})
        with self.assertRaises(AccessError):
            self.elsewhere.with_user(self.user_secretary).read(["name"])
        with self.assertRaises(AccessError):
            self.in_subtree.with_user(self.user_secretary).unlink()

    def test_office_reads_own_companies(self):
        """The party office reads every member of their companies only."""
        visible = self._visible(self.user_office)
        self.assertLessEqual(self.own | self.in_subtree | self.elsewhere, visible)
        self.assertNotIn(self.other_company_member, visible)
        with self.assertRaises(AccessError):
            self.other_company_member.with_user(self.user_office).read(["name"])

    def test_restricted_fields_for_office_only(self):
        """Citizen ID, ethnicity, religion, family and discipline are for the party office."""
        for field in (
            "citizen_id",
            "ethnicity_id",
            "religion_id",
            "family_ids",
            "discipline_ids",
        ):
            with self.assertRaises(AccessError):
                self.in_subtree.with_user(self.user_secretary).read([field])
            with self.assertRaises(AccessError):
                self.own.with_user(self.user_member).read([field])
        office = self.in_subtree.with_user(self.user_office)
        self.assertEqual(office.family_ids, self.family)
        self.assertEqual(office.discipline_ids, self.discipline)
        self.assertEqual(
            self.own.with_user(self.user_office).citizen_id, "001090123456"
        )

    def test_family_and_discipline_models_for_office_only(self):
        """Secretaries cannot reach family or discipline records directly."""
        for model in ("party.member.family", "party.discipline"):
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_secretary).search([])
            with self.assertRaises(AccessError):
                self.env[model].with_user(self.user_member).search([])

    def test_employee_party_fields_hidden_without_party_group(self):
        """Employee party fields and the smart button exist only for party groups."""
        hr_user = self._user("hr_only", "hr.group_hr_user", self.company)
        hr_party = self._user(
            "hr_party", "hr.group_hr_user,party_org.group_party_office", self.company
        )
        employee = self.employee_member
        with self.assertRaises(AccessError):
            employee.with_user(hr_user).read(["party_member_id"])
        self.assertNotIn("party_state", employee.with_user(hr_user).fields_get())
        self.assertEqual(employee.with_user(hr_party).party_member_id, self.own)
        self.assertEqual(employee.with_user(hr_party).party_state, "official")

        def arch(user):
            view = employee.with_user(user).get_views([(False, "form")])
            return etree.fromstring(view["views"]["form"]["arch"])

        button = "//button[@name='action_view_party_member']"
        self.assertFalse(arch(hr_user).xpath(button))
        self.assertTrue(arch(hr_party).xpath(button))

    def test_employee_facts_follow_reader_rights(self):
        """A member with HR rights does not see a colleague's party record on the employee."""
        hr_member = self._user(
            "hr_member", "hr.group_hr_user,party_org.group_party_member", self.company
        )
        colleague = self._employee("Đồng nghiệp")
        self.in_subtree.employee_id = colleague
        self.assertFalse(colleague.with_user(hr_member).party_member_id)

    def test_views_load_for_each_group(self):
        """Member views open for members, secretaries and the office; the
        restricted fields are absent from the secretary's form."""
        modes = ("list", "form", "kanban", "search", "pivot", "graph")
        for user in (self.user_member, self.user_secretary, self.user_office):
            views = self.Member.with_user(user).get_views([(False, m) for m in modes])
            self.assertEqual(set(views["views"]), set(modes))
        form = self.Member.with_user(self.user_secretary).get_views([(False, "form")])
        self.assertNotIn("citizen_id", form["views"]["form"]["arch"])
        self.assertNotIn("family_ids", form["views"]["form"]["arch"])
        form = self.Member.with_user(self.user_office).get_views([(False, "form")])
        self.assertIn("citizen_id", form["views"]["form"]["arch"])
