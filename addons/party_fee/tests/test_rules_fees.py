# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Fee rules of issue 10 (domain review top-10 #7, QA members #17, #18, #36):
the closed year seen in January, partial payments for their share, a
missing base never counted as unpaid, the base of the month before."""

from datetime import date
from fractions import Fraction
from unittest.mock import patch

from freezegun import freeze_time

from odoo.exceptions import UserError, ValidationError
from odoo.tests import BaseCase, HttpCase, tagged

from odoo.addons.party_member.tests.common import PartyMemberCase
from odoo.addons.party_org.tests.red_team import RedTeamMixin

from ..engine import fee
from ..models import party_member as fee_member_module
from ..models.party_member import FEE_FLAG_CURSOR


@tagged("post_install", "-at_install")
class TestFeeEngineRules(BaseCase):
    def test_partial_month_counts_for_its_share(self):
        """40,000 of 100,000 pays 0.4 of the month; six half-paid months are
        three unpaid months; overpaying never pays another month."""
        self.assertEqual(fee.paid_share(100_000, 40_000), Fraction(2, 5))
        self.assertEqual(fee.paid_share(100_000, 250_000), 1)
        self.assertIsNone(fee.paid_share(0, 0))  # nothing due: not counted
        half = {month: Fraction(1, 2) for month in range(1, 7)}
        self.assertEqual(fee.unpaid_total(half, 2025, 6), 3)
        self.assertTrue(fee.flag_three_unpaid(half, 2025, 6))
        five = {month: 0.5 for month in range(1, 6)}
        self.assertEqual(fee.whole_months(fee.unpaid_total(five, 2025, 5)), 2)
        self.assertFalse(fee.flag_three_unpaid(five, 2025, 5))
        # booleans as before
        self.assertTrue(fee.flag_three_unpaid({1: True}, 2025, 4))

    def test_payment_covers_oldest_month_first(self):
        self.assertEqual(fee.allocate_payment(250, [100, 100, 100]), [100, 100, 50])
        self.assertEqual(fee.allocate_payment(350, [100, 100]), [100, 250])

    def test_evaluation_periods_at_year_end(self):
        """15/12: December is not yet due; 05/01: the whole closed year."""
        self.assertEqual(
            fee.evaluation_periods(date(2025, 12, 15)), [(2024, 12), (2025, 11)]
        )
        self.assertEqual(fee.evaluation_periods(date(2026, 1, 5)), [(2025, 12)])

    def test_base_of_the_month_before_and_problems(self):
        self.assertEqual(fee.base_month(date(2026, 1, 1)), date(2025, 12, 1))
        self.assertEqual(fee.base_month(date(2026, 3, 15)), date(2026, 2, 1))
        self.assertEqual(fee.base_problem("percent", 0, 3_700_000), "missing")
        self.assertEqual(fee.base_problem("percent", 5_500, 3_700_000), "implausible")
        self.assertIsNone(fee.base_problem("percent", 8_000_000, 3_700_000))
        self.assertIsNone(fee.base_problem("fixed", 0))


class FeeCase(PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Line = cls.env["party.fee.line"]
        cls.wage = cls._official("LƯƠNG NĂM", fee_base=10_000_000)

    def _year_of_lines(self, member, year=2025, paid_through=0):
        for month in range(1, 13):
            self.Line._generate(date(year, month, 1), self.cell_1)
        lines = self.Line.search([("member_id", "=", member.id)], order="month")
        lines.filtered(lambda line: line.month.month <= paid_through).write(
            {"amount_paid": 100_000}
        )
        return lines

    def _collect(self, lines, amount=None):
        vals = {"line_ids": [(6, 0, lines.ids)], "date": date(2025, 12, 1)}
        if amount is not None:
            vals["amount_received"] = amount
        return self.env["party.fee.collect"].create(vals).action_collect()


@tagged("post_install", "-at_install")
class TestFeeYearEnd(FeeCase):
    """Top-10 #7 / QA #18: Oct, Nov and Dec 2025 unpaid."""

    def test_december_itself_not_yet_due(self):
        self._year_of_lines(self.wage, paid_through=9)
        with freeze_time("2025-12-15"):
            flagged = self.env["party.member"]._cron_flag_unpaid_fees()
        self.assertEqual(self.wage.fee_unpaid_months, 2)  # Oct, Nov
        self.assertEqual(self.wage.fee_unpaid_year, 2025)
        self.assertFalse(self.wage.fee_flagged)
        self.assertNotIn(self.wage, flagged)

    def test_january_evaluates_the_closed_year(self):
        self._year_of_lines(self.wage, paid_through=9)
        with freeze_time("2025-12-15"):
            self.env["party.member"]._update_fee_flags()
        with freeze_time("2026-01-05"):
            flagged = self.env["party.member"]._cron_flag_unpaid_fees()
        self.assertIn(self.wage, flagged)
        self.assertTrue(self.wage.fee_flagged)
        self.assertEqual(self.wage.fee_unpaid_months, 3)
        self.assertEqual(self.wage.fee_unpaid_year, 2025)
        # February: the closed year's grounds stay until the arrears are paid
        with freeze_time("2026-02-10"):
            self.Line._generate(date(2026, 1, 1), self.cell_1)
            self.env["party.member"]._update_fee_flags()
            self.assertTrue(self.wage.fee_flagged)
            self.assertEqual(self.wage.fee_unpaid_year, 2025)
            late = self.Line.search(
                [("member_id", "=", self.wage.id), ("month", "=", date(2025, 10, 1))]
            )
            self._collect(late)
            self.env["party.member"]._update_fee_flags()
        self.assertFalse(self.wage.fee_flagged)
        self.assertEqual(self.wage.fee_unpaid_months, 2)


@tagged("post_install", "-at_install")
class TestFeePartialPayment(FeeCase):
    def test_partly_paid_month_counts_for_its_share(self):
        """Three months behind, one of them half paid: 2.5 months, not flagged
        (a partial payment used to count as a whole unpaid month)."""
        lines = self._year_of_lines(self.wage, paid_through=9)
        self._collect(lines[9], 50_000)
        self.assertEqual(lines[9].state, "partial")
        self.assertEqual(lines[9].amount_paid, 50_000)
        self.env["party.member"]._update_fee_flags(2025)
        self.assertEqual(self.wage.fee_unpaid_months, 2)
        self.assertFalse(self.wage.fee_flagged)
        # half of six months is three whole months: flagged
        for line in lines[:6]:
            line.amount_paid = 50_000
        self.env["party.member"]._update_fee_flags(2025, 9)
        self.assertTrue(self.wage.fee_flagged)
        self.assertEqual(self.wage.fee_unpaid_months, 3)

    def test_partial_collection_pays_oldest_month_first(self):
        lines = self._year_of_lines(self.wage, paid_through=9)[9:]
        self._collect(lines, 150_000)
        self.assertEqual(lines.mapped("amount_paid"), [100_000, 50_000, 0])
        self.assertEqual(lines.mapped("state"), ["paid", "partial", "unpaid"])
        self.assertEqual(lines[0].receipt_number, lines[1].receipt_number)
        self.assertFalse(lines[2].receipt_number)
        self._collect(lines[1:])  # the rest in full
        self.assertEqual(set(lines.mapped("state")), {"paid"})


@tagged("post_install", "-at_install")
class TestFeeMissingBase(FeeCase):
    """QA #17: a base of 0 is unknown data, not a member who owes nothing
    and fails to pay."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.no_base = cls._member(
            "CHƯA CÓ LƯƠNG", admitted=date(2025, 3, 2), fee_category="wage_earner"
        )

    def test_missing_base_line_never_unpaid_nor_counted(self):
        for month in range(4, 12):
            self.Line._generate(date(2025, month, 1), self.cell_1)
        lines = self.Line.search([("member_id", "=", self.no_base.id)])
        self.assertEqual(len(lines), 8)
        self.assertEqual(set(lines.mapped("state")), {"missing_base"})
        self.assertEqual(set(lines.mapped("base_problem")), {"missing"})
        self.assertEqual(set(lines.mapped("amount_due")), {0})
        self.assertEqual(self.no_base.fee_base_problem, "missing")
        with freeze_time("2025-12-10"):
            self.env["party.member"]._cron_flag_unpaid_fees()
        self.assertEqual(self.no_base.fee_unpaid_months, 0)
        self.assertFalse(self.no_base.fee_flagged)
        self.assertIn(
            self.no_base,
            self.env["party.member"].search([("fee_base_problem", "!=", False)]),
        )
        # collecting it is refused with the reason (it stayed "unpaid" before)
        with self.assertRaisesRegex(UserError, "missing"):
            self._collect(lines[0])

    def test_generation_reports_and_completes_missing_bases(self):
        wizard = self.env["party.fee.generate"].create(
            {"month": date(2026, 3, 1), "organization_ids": [(6, 0, self.cell_1.ids)]}
        )
        action = wizard.action_generate()
        self.assertIn("1 with the fee base missing", action["name"])
        self.assertEqual(action["context"]["search_default_base_problem"], 1)
        line = self.Line.search([("member_id", "=", self.no_base.id)])
        self.no_base.fee_base = 9_000_000
        self.assertFalse(self.no_base.fee_base_problem)
        wizard.action_generate()  # run again: the line is completed
        self.assertEqual(line.amount_due, 90_000)
        self.assertEqual(line.state, "unpaid")
        self.assertFalse(line.base_problem)
        self.env.flush_all()
        self.env.cr.precommit.run()
        tracked = line.message_ids.tracking_value_ids.field_id.mapped("name")
        self.assertIn("amount_due", tracked)

    def test_nothing_due_is_paid_not_unpaid(self):
        """A line of 0 due with a known base (a rule of 0) owes nothing."""
        self.env["party.fee.rule"].create(
            {
                "name": "Khác 0",
                "category": "other",
                "kind": "fixed",
                "amount": 0,
                "company_id": self.company.id,
            }
        )
        other = self._official("KHÁC", fee_category="other")
        self.Line._generate(date(2026, 3, 1), self.cell_1)
        line = self.Line.search([("member_id", "=", other.id)])
        self.assertEqual((line.amount_due, line.state), (0, "paid"))

    def test_implausible_base_refused(self):
        """5,500 or 4,000 đồng is not a salary (QA #36): refused; 0 is unknown."""
        for base in (5_500, 4_000):
            with self.assertRaisesRegex(ValidationError, "minimum"):
                self.wage.fee_base = base
        self.wage.fee_base = 0
        self.assertEqual(self.wage.fee_base_problem, "missing")
        pensioner = self._official("HƯU TRÍ", fee_category="pensioner")
        pensioner.fee_base = 4_000_000  # no minimum for pensions

    def test_base_of_previous_month_on_line(self):
        """The line of January 2026 rests on the base of December 2025."""
        student = self._official("SINH VIÊN", fee_category="student")
        self.Line._generate(date(2026, 1, 1), self.cell_1)
        line = self.Line.search([("member_id", "=", self.wage.id)])
        self.assertEqual(line.base_month, date(2025, 12, 1))
        self.assertEqual((line.base, line.base_source), (10_000_000, "declared"))
        line = self.Line.search([("member_id", "=", student.id)])
        self.assertEqual(line.base_source, "none")


@tagged("post_install", "-at_install")
class TestFeeLineRedTeam(RedTeamMixin, FeeCase, HttpCase):
    """QA #36 over RPC: money and base fields change only through the server."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.inside = cls._official("TRONG", cls.cell_2)  # base missing
        cls.Line._generate(date(2026, 3, 1), cls.committee)
        cls.line = cls.Line.search([("member_id", "=", cls.inside.id)])

    def test_secretary_cannot_clear_base_problem_or_amounts(self):
        self.assertEqual(self.line.state, "missing_base")
        with self.assertUnchanged(self.line):
            for vals in (
                {"amount_due": 0},
                {"amount_paid": 1},
                {"base_problem": False},
                {"base_source": "none"},
                {"base": 9_000_000},
                {"base_month": "2026-03-01"},
            ):
                self.assertRefusedRpc(
                    self.user_secretary,
                    "party.fee.line",
                    "write",
                    [[self.line.id], vals],
                    context={"tracking_disable": True},
                )

    def test_office_line_by_hand_gets_the_rule_amount(self):
        """The office adds a line with a base; the server sets the amount due."""
        member = self._official("BỔ SUNG", self.cell_1, fee_base=7_000_000)
        self.assertRefusedRpc(
            self.user_office,
            "party.fee.line",
            "create",
            [
                {
                    "member_id": member.id,
                    "company_id": self.company.id,
                    "month": "2026-05-01",
                    "base": 7_000_000,
                    "amount_due": 0,
                }
            ],
        )
        line = (
            self.env["party.fee.line"]
            .with_user(self.user_office)
            .create(
                {
                    "member_id": member.id,
                    "company_id": self.company.id,
                    "month": date(2026, 5, 1),
                    "base": 7_000_000,
                }
            )
        )
        self.assertEqual(line.sudo().amount_due, 70_000)
        self.assertEqual(line.sudo().state, "unpaid")


@tagged("post_install", "-at_install")
class TestFeeFlagBatches(FeeCase):
    def test_daily_check_walks_the_members_in_batches(self):
        """The daily check counts a batch of members a call, from where the
        last call stopped, and reports what remains to Odoo's cron (which
        commits and calls again); after the last member it starts over."""
        other = self._official("LƯƠNG HAI", fee_base=10_000_000)
        self._year_of_lines(self.wage)  # nothing paid in 2025
        Param = self.env["ir.config_parameter"].sudo()
        Param.set_param(FEE_FLAG_CURSOR, self.wage.id - 1)
        Member = self.env["party.member"]
        with (
            patch.object(fee_member_module, "FEE_FLAG_BATCH", 1),
            freeze_time("2026-01-05"),
        ):
            self.assertEqual(Member._cron_flag_unpaid_fees(), self.wage)
            self.assertFalse(other.fee_flagged)
            self.assertEqual(int(Param.get_param(FEE_FLAG_CURSOR)), self.wage.id)
            self.assertEqual(Member._cron_flag_unpaid_fees(), other)
        self.assertTrue(self.wage.fee_flagged and other.fee_flagged)
        self.assertEqual(int(Param.get_param(FEE_FLAG_CURSOR)), 0)
