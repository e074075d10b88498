# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The fee of month M rests on the wage of the contract running in M-1, and
the line says it is a contract wage, not the social-insurance salary."""

from datetime import date

from odoo.tests import tagged

from odoo.addons.party_member.tests.common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestFeeBaseOfPreviousMonth(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Line = cls.env["party.fee.line"]
        cls.employee = cls.env["hr.employee"].create(
            {"name": "Trần Văn Tăng", "company_id": cls.company.id}
        )
        cls.member = cls._official("TRẦN VĂN TĂNG", employee_id=cls.employee.id)
        cls.declared = cls._official("KHAI BÁO", fee_base=9_000_000)

    def _contract(self, wage, start, end=False, state="open"):
        return self.env["hr.contract"].create(
            {
                "name": "HĐLĐ",
                "employee_id": self.employee.id,
                "company_id": self.company.id,
                "wage": wage,
                "date_start": start,
                "date_end": end,
                "state": state,
            }
        )

    def _line(self, member, month):
        return self.Line.search([("member_id", "=", member.id), ("month", "=", month)])

    def test_raise_applies_from_the_next_month(self):
        """A raise from 01/02/2026: February's fee still rests on January's
        wage, March's on the new one; the source says "contract"."""
        self._contract(10_000_000, date(2025, 1, 1), date(2026, 1, 31), "close")
        self._contract(12_000_000, date(2026, 2, 1))
        self.assertEqual(self.member.fee_base, 12_000_000)  # the running contract
        for month in (date(2026, 2, 1), date(2026, 3, 1)):
            self.Line._generate(month, self.cell_1)
        february = self._line(self.member, date(2026, 2, 1))
        self.assertEqual(february.base_month, date(2026, 1, 1))
        self.assertEqual((february.base, february.amount_due), (10_000_000, 100_000))
        self.assertEqual(february.base_source, "contract")
        march = self._line(self.member, date(2026, 3, 1))
        self.assertEqual((march.base, march.amount_due), (12_000_000, 120_000))
        self.assertEqual(march.base_source, "contract")
        declared = self._line(self.declared, date(2026, 3, 1))
        self.assertEqual(declared.base_source, "declared")

    def test_implausible_contract_wage_flagged_not_billed(self):
        """A wage of 5,500 đồng (QA #36) neither blocks the contract nor gives a
        55 đồng fee: the member's base stays and the line's base is flagged."""
        self.member.fee_base = 8_000_000
        self._contract(5_500, date(2026, 1, 1))
        self.assertEqual(self.member.fee_base, 8_000_000)
        self.Line._generate(date(2026, 3, 1), self.cell_1)
        line = self._line(self.member, date(2026, 3, 1))
        self.assertEqual(line.base_problem, "implausible")
        self.assertEqual((line.amount_due, line.state), (0, "missing_base"))
