# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import YEAR, PartyKpiCase


@tagged("post_install", "-at_install")
class TestAccess(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.own = cls._official("Đảng viên có tài khoản", cls.cell_1)
        cls.own.user_id = cls.user_member
        cls.other = cls._official("Đảng viên khác", cls.cell_1)
        cls.in_cell_2 = cls._official("Đảng viên chi bộ 2", cls.cell_2)
        cls.review_own = cls._review(cls.own, 80)
        cls.review_other = cls._review(cls.other, 80)
        cls.review_cell_2 = cls._review(cls.in_cell_2, 80)
        cls.kpi = cls.env["party.kpi"].create(
            {
                "code": "T_ACCESS",
                "name": "Access",
                "measure": "members_by_grade",
                "periodicity": "yearly",
            }
        )
        cls.values = cls.kpi._compute_values(date(YEAR, 6, 1), cls.cell_1 | cls.cell_2)
        cls.user_secretary.party_organization_ids = cls.cell_2

    def test_member_sees_own_review_only(self):
        """A member reads and self-assesses their own review, not others'."""
        Evaluation = self.env["party.evaluation"].with_user(self.user_member)
        self.assertEqual(Evaluation.search([]), self.review_own)
        with self.assertRaises(AccessError):
            self.review_other.with_user(self.user_member).read(["total"])
        self.review_own.with_user(self.user_member).action_self_assess()
        self.assertEqual(self.review_own.self_user_id, self.user_member)

    def test_member_cannot_create_or_read_statistics(self):
        """A member creates no review and reads no statistics."""
        with self.assertRaises(AccessError):
            self.env["party.evaluation"].with_user(self.user_member).create(
                {"member_id": self.other.id, "year": YEAR + 1}
            )
        with self.assertRaises(AccessError):
            self.env["party.member.statistics"].with_user(self.user_member).search([])

    def test_secretary_subtree(self):
        """A secretary works on the reviews and KPI values of their subtree."""
        Evaluation = self.env["party.evaluation"].with_user(self.user_secretary)
        self.assertEqual(Evaluation.search([]), self.review_cell_2)
        with self.assertRaises(AccessError):
            self.review_other.with_user(self.user_secretary).write({"targets_total": 3})
        values = (
            self.env["party.kpi.value"]
            .with_user(self.user_secretary)
            .search([("kpi_id", "=", self.kpi.id)])
        )
        self.assertEqual(values.organization_id, self.cell_2)

    def test_other_company(self):
        """The party office of another company sees nothing of this one."""
        office_b = self._user(
            "office_b", "party_org.group_party_office", self.other_company
        )
        self.assertFalse(self.env["party.evaluation"].with_user(office_b).search([]))
        self.assertFalse(
            self.env["party.kpi.value"]
            .with_user(office_b)
            .search([("kpi_id", "=", self.kpi.id)])
        )
        with self.assertRaises(AccessError):
            self.review_own.with_user(office_b).read(["total"])

    def test_kpi_configuration_admin_only(self):
        """Only administrators configure KPIs and criteria."""
        with self.assertRaises(AccessError):
            self.kpi.with_user(self.user_office).write({"good_threshold": 95})
        with self.assertRaises(AccessError):
            self.env["party.evaluation.criterion"].with_user(self.user_office).create(
                {"code": "x", "name": "X", "max_score": 5}
            )
