# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.tests import tagged

from .common import PartyMemberCase


@tagged("post_install", "-at_install")
class TestPartyFee(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Line = cls.env["party.fee.line"]
        cls.wage = cls._official(
            "LƯƠNG", fee_category="wage_earner", fee_base=12_345_650
        )
        cls.pension = cls._official("HƯU", fee_category="pensioner", fee_base=7_000_100)
        cls.student = cls._official("SINH VIÊN", fee_category="student")
        cls.generous = cls._official(
            "ĐÓNG THÊM",
            fee_category="wage_earner",
            fee_base=5_000_000,
            fee_voluntary_amount=100_000,
        )
        cls.elsewhere = cls._official("CHI BỘ 2", cls.cell_2, fee_base=10_000_000)

    def _lines(self, month=date(2026, 3, 1)):
        return self.Line.search(
            [("month", "=", month), ("member_id.organization_id", "=", self.cell_1.id)]
        )

    def test_amounts_and_rounding(self):
        """1% of the base, 0.5% of the pension, 5,000 VND for students, whole đồng half up."""
        self.Line._generate(date(2026, 3, 15), self.cell_1)
        due = {line.member_id: line.amount_due for line in self._lines()}
        self.assertEqual(due[self.wage], 123_457)  # 123,456.5 rounds half up
        self.assertEqual(due[self.pension], 35_001)  # 35,000.5
        self.assertEqual(due[self.student], 5_000)
        self.assertEqual(due[self.generous], 100_000)  # paying more is allowed
        self.assertTrue(all(isinstance(amount, int) for amount in due.values()))

    def test_generation_idempotent(self):
        """Running the monthly generation twice never duplicates a line."""
        first = self.Line._generate(date(2026, 3, 1), self.cell_1)
        self.assertEqual(first, 4)
        second = self.Line._generate(date(2026, 3, 20), self.cell_1)
        self.assertEqual(second, 0)
        self.assertEqual(len(self._lines()), 4)
        # the wizard over the whole tree only adds the missing branch
        wizard = self.env["party.fee.generate"].create(
            {
                "month": date(2026, 3, 1),
                "organization_ids": [(6, 0, self.committee.ids)],
            }
        )
        wizard.action_generate()
        self.assertEqual(
            self.Line.search_count(
                [
                    ("month", "=", date(2026, 3, 1)),
                    ("member_id", "=", self.elsewhere.id),
                ]
            ),
            1,
        )
        self.assertEqual(len(self._lines()), 4)

    def test_company_rule_overrides_shared_rule(self):
        """A company's own fee rule wins over the shared default."""
        self.env["party.fee.rule"].create(
            {
                "name": "SV 10k",
                "category": "student",
                "kind": "fixed",
                "amount": 10_000,
                "company_id": self.company.id,
            }
        )
        self.Line._generate(date(2026, 4, 1), self.cell_1)
        line = self.Line.search([("member_id", "=", self.student.id)])
        self.assertEqual(line.amount_due, 10_000)

    def test_collect_receipt_book_remit(self):
        """Collection writes one receipt; the book prints; remittance marks lines."""
        self.Line._generate(date(2026, 3, 1), self.cell_1)
        lines = self._lines()
        wizard = (
            self.env["party.fee.collect"]
            .with_context(active_model="party.fee.line", active_ids=lines.ids)
            .create({"method": "cash", "date": date(2026, 3, 10)})
        )
        action = wizard.action_collect()
        self.assertEqual(action["report_name"], "party_member.report_party_fee_receipt")
        self.assertEqual(set(lines.mapped("state")), {"paid"})
        self.assertEqual(len(set(lines.mapped("receipt_number"))), 1)
        book = self.env["party.fee.book"].create(
            {"organization_id": self.cell_1.id, "month": date(2026, 3, 5)}
        )
        self.assertEqual(
            book.action_print_pdf()["report_name"], "party_member.report_party_fee_book"
        )
        action = book.action_export_xlsx()
        export = self.env["party.download"].browse(int(action["url"].split("/")[4]))
        self.assertTrue(export.file)
        book.action_remit()
        self.assertTrue(all(lines.mapped("remitted")))

    @freeze_time("2026-06-15")
    def test_three_unpaid_months_flagged(self):
        """Three unpaid months in the year flag the member and warn the secretary."""
        for month in range(1, 6):
            self.Line._generate(date(2026, month, 1), self.cell_1)
        paid = self.Line.search(
            [
                ("member_id", "!=", self.wage.id),
                ("member_id.organization_id", "=", self.cell_1.id),
            ]
        )
        paid.write({"amount_paid": 200_000})
        # the wage earner pays two months out of five
        self.Line.search(
            [
                ("member_id", "=", self.wage.id),
                ("month", "in", [date(2026, 1, 1), date(2026, 2, 1)]),
            ]
        ).write({"amount_paid": 123_457})
        flagged = self.env["party.member"]._cron_flag_unpaid_fees()
        self.assertIn(self.wage, flagged)
        self.assertFalse(flagged & (self.pension | self.student | self.generous))
        self.assertEqual(self.wage.fee_unpaid_months, 3)
        self.env["party.reminder"]._run(date(2026, 6, 15), ["unpaid_fees"])
        self.assertTrue(self.wage.activity_ids)
        self.assertEqual(
            self.env["party.member"].search(
                [
                    ("fee_flagged", "=", True),
                    ("id", "in", (self.wage | self.student).ids),
                ]
            ),
            self.wage,
        )
        # paying one month clears the flag
        self.Line.search(
            [("member_id", "=", self.wage.id), ("month", "=", date(2026, 3, 1))]
        ).write({"amount_paid": 123_457})
        self.env["party.member"]._update_fee_flags()
        self.assertFalse(self.wage.fee_flagged)

    def _billed(self, month):
        return {
            line.member_id: line.organization_id
            for line in self.Line.search([("month", "=", month)])
        }

    def test_temporarily_transferred_billed_by_host_exempt_by_home(self):
        """A member temporarily transferred to another cell is billed by the host
        cell, not the home cell; an exempt member is still billed at home."""
        march = date(2026, 3, 1)
        away = self._official("TẠM CHUYỂN", fee_base=10_000_000)
        away._add_event(
            "temporary_transfer_out", date(2026, 2, 1), to_organization=self.cell_2
        )
        exempt = self._official("MIỄN SINH HOẠT", fee_base=10_000_000)
        exempt._add_event("exemption", date(2026, 2, 1))
        self.Line._generate(march, self.cell_1)
        billed = self._billed(march)
        self.assertNotIn(away, billed)
        self.assertEqual(billed[exempt], self.cell_1)
        self.assertEqual(self.Line._generate(march, self.cell_2), 2)
        billed = self._billed(march)
        self.assertEqual(billed[away], self.cell_2)
        self.assertEqual(billed[self.elsewhere], self.cell_2)
        line = self.Line.search([("member_id", "=", away.id), ("month", "=", march)])
        self.assertEqual(line.amount_due, 100_000)
        # rerunning, for the host or the whole tree, adds nothing
        self.assertEqual(self.Line._generate(march, self.cell_2), 0)
        self.assertEqual(self.Line._generate(march, self.committee), 0)
        self.assertEqual(self.Line.with_company(self.company)._generate(march), 0)
        self.assertEqual(self.Line.search_count([("member_id", "=", away.id)]), 1)
        # back home: billed by the home cell from the next generation on
        away._add_event("temporary_return", date(2026, 3, 20))
        self.Line._generate(date(2026, 4, 1), self.committee)
        billed = self._billed(date(2026, 4, 1))
        self.assertEqual(billed[away], self.cell_1)
        self.assertEqual(billed[exempt], self.cell_1)

    def test_whole_tree_bills_host_cell(self):
        """Generating for the whole committee (or company) bills a temporarily
        transferred member once, collected by the host cell (the latest transfer)."""
        away = self._official("TẠM CHUYỂN HAI LẦN", fee_base=10_000_000)
        away._add_event(
            "temporary_transfer_out", date(2025, 2, 1), to_organization=self.group
        )
        away._add_event("temporary_return", date(2025, 6, 1))
        away._add_event(
            "temporary_transfer_out", date(2026, 2, 1), to_organization=self.cell_2
        )
        self.assertEqual(
            self.Line.with_company(self.company)._generate(date(2026, 3, 1)), 6
        )
        self.assertEqual(self._billed(date(2026, 3, 1))[away], self.cell_2)

    def test_external_temporary_transfer_billed_by_nobody(self):
        """A member temporarily transferred outside the committee (no host cell)
        is billed by no cell here."""
        march = date(2026, 3, 1)
        away = self._official("TẠM CHUYỂN NGOÀI", fee_base=10_000_000)
        away._add_event(
            "temporary_transfer_out", date(2026, 2, 1), to_external="Đảng bộ xã B"
        )
        self.Line._generate(march, self.committee)
        self.Line.with_company(self.company)._generate(march)
        self.assertNotIn(away, self._billed(march))
        self.assertIn(self.wage, self._billed(march))
