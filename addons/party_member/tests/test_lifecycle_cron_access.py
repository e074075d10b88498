# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .lifecycle_common import PartyLifecycleCase


@tagged("post_install", "-at_install")
class TestProbationReminder(PartyLifecycleCase):
    def _activities(self, members):
        return self.env["mail.activity"].search(
            [("res_model", "=", "party.member"), ("res_id", "in", members.ids)]
        )

    @freeze_time("2026-05-04")
    def test_secretary_reminded_once(self):
        """30 days before probation ends the secretary gets one activity, not
        two, however often the scheduler runs the reminders (issue #10)."""
        ending = self._member("Hồ Thị Sắp Hết", self.cell_2, admitted=date(2025, 6, 3))
        later = self._member("Ngô Văn Còn Lâu", self.cell_2, admitted=date(2025, 6, 4))
        cron = self.env.ref("party_org.ir_cron_party_reminders")
        cron.method_direct_trigger()
        cron.method_direct_trigger()
        activities = self._activities(ending | later)
        self.assertEqual(activities.res_id, ending.id)
        self.assertEqual(len(activities), 1)
        self.assertEqual(activities.party_warning_rule, "probation_ending")
        self.assertEqual(activities.user_id, self.user_secretary)
        self.assertEqual(activities.date_deadline, date(2026, 6, 3))


@tagged("post_install", "-at_install")
class TestLifecycleAccess(PartyLifecycleCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.transfer_2 = cls.env["party.transfer"].create(
            {
                "member_id": cls.officials[0].id,
                "from_organization_id": cls.cell_2.id,
                "company_id": cls.company.id,
            }
        )
        cls.member_1 = cls._member("Đảng viên Chi bộ 1", cls.cell_1, date(2010, 1, 4))
        cls.transfer_1 = cls.env["party.transfer"].create(
            {
                "member_id": cls.member_1.id,
                "from_organization_id": cls.cell_1.id,
                "company_id": cls.company.id,
            }
        )

    def test_secretary_sees_own_subtree(self):
        """A branch secretary works on transfers of their subtree only."""
        Transfer = self.env["party.transfer"].with_user(self.user_secretary)
        self.assertEqual(Transfer.search([]), self.transfer_2)
        with self.assertRaises(AccessError):
            self.transfer_1.with_user(self.user_secretary).read(["name"])

    def test_office_sees_all_in_company(self):
        """The party office sees every transfer of its companies."""
        Transfer = self.env["party.transfer"].with_user(self.user_office)
        self.assertEqual(Transfer.search([]), self.transfer_1 | self.transfer_2)

    def test_members_and_others_see_nothing(self):
        """Plain members and users without a party group see no transfer."""
        for user in (self.user_member, self.user_plain):
            with self.subTest(user=user.login):
                with self.assertRaises(AccessError):
                    self.env["party.transfer"].with_user(user).search([])
