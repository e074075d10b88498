# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestFeeBaseFromContract(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Lê Văn Lương", "company_id": cls.company.id}
        )
        cls.member = cls._official("LÊ VĂN LƯƠNG", employee_id=cls.employee.id)

    def _contract(self, wage, state="open"):
        return self.env["hr.contract"].create(
            {
                "name": "HĐLĐ",
                "employee_id": self.employee.id,
                "company_id": self.company.id,
                "wage": wage,
                "date_start": date(2025, 1, 1),
                "state": state,
            }
        )

    def test_running_contract_sets_fee_base(self):
        """A running contract's wage becomes the fee base, in whole đồng."""
        self._contract(15_000_000.4)
        self.assertEqual(self.member.fee_base, 15_000_000)

    def test_wage_change_follows(self):
        """A raise on the running contract updates the fee base."""
        contract = self._contract(12_000_000)
        contract.wage = 13_500_000
        self.assertEqual(self.member.fee_base, 13_500_000)

    def test_draft_contract_and_opt_out_ignored(self):
        """Draft contracts, other categories and opted-out members keep their base."""
        self.member.fee_base = 9_000_000
        self._contract(20_000_000, state="draft")
        self.assertEqual(self.member.fee_base, 9_000_000)
        self.member.write({"fee_base_from_contract": False})
        contract = self._contract(21_000_000)
        self.assertEqual(self.member.fee_base, 9_000_000)
        self.member.write({"fee_base_from_contract": True, "fee_category": "pensioner"})
        self.env["party.member"]._sync_fee_base_from_contracts()
        self.assertEqual(self.member.fee_base, 9_000_000)
        self.member.fee_category = "wage_earner"
        self.env["party.member"]._sync_fee_base_from_contracts()
        self.assertEqual(self.member.fee_base, contract.wage)
