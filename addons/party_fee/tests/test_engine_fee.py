# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
from decimal import Decimal

from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine.fee import (
    amount_due,
    category_fee,
    first_of_month,
    flag_three_unpaid,
    line_state,
    line_values,
    monthly_fee,
    previous_month,
    round_vnd,
    unpaid_months,
)


class TestMonthlyFee(EngineCase):
    def test_wage_earner_one_percent(self):
        """Wage earners pay 1% of the social-insurance salary base (QĐ 01-QĐ/TW 2026)."""
        self.assertEqual(category_fee("wage_earner", 8_000_000), 80_000)
        self.assertEqual(monthly_fee("percent", Decimal(1), 7_654_321), 76_543)

    def test_pensioner_half_percent(self):
        """Pensioners pay 0.5% of the pension."""
        self.assertEqual(category_fee("pensioner", 6_500_000), 32_500)
        self.assertEqual(monthly_fee("percent", 0.5, 6_500_000), 32_500)

    def test_student_fixed_amount(self):
        """Students pay a fixed 5,000 VND a month, whatever the base."""
        self.assertEqual(category_fee("student", 3_000_000), 5_000)
        self.assertEqual(monthly_fee("fixed", 5000, 99_999_999), 5_000)

    def test_configurable_rules(self):
        """Fee rules can be replaced by an administrator's table."""
        rules = {"wage_earner": ("percent", Decimal("1.5"))}
        self.assertEqual(category_fee("wage_earner", 8_000_000, rules=rules), 120_000)

    def test_round_half_up_to_whole_dong(self):
        """VND has no decimals: half a đồng rounds up, less rounds down."""
        self.assertEqual(monthly_fee("percent", 1, 1_234_550), 12_346)
        self.assertEqual(monthly_fee("percent", 1, 1_234_549), 12_345)
        self.assertEqual(monthly_fee("percent", Decimal("0.5"), 2_469_100), 12_346)
        self.assertEqual(round_vnd(Decimal("2.5")), 3)
        self.assertEqual(round_vnd(Decimal("3.5")), 4)

    def test_rounding_to_hundreds(self):
        """Rounding to 100 đồng is an option, half up as well."""
        self.assertEqual(monthly_fee("percent", 1, 1_234_900, rounding=100), 12_300)
        self.assertEqual(monthly_fee("percent", 1, 1_235_000, rounding=100), 12_400)
        self.assertEqual(monthly_fee("fixed", 5_049, rounding=100), 5_000)

    def test_invalid_input(self):
        """Unknown kinds, negative amounts and a zero rounding step are refused."""
        with self.assertRaises(ValueError):
            monthly_fee("flat", 1, 100)
        with self.assertRaises(ValueError):
            monthly_fee("percent", -1, 100)
        with self.assertRaises(ValueError):
            monthly_fee("percent", 1, -100)
        with self.assertRaises(ValueError):
            round_vnd(100, rounding=0)

    def test_previous_month_is_the_base_month(self):
        """The salary base is the previous month's, across the new year."""
        self.assertEqual(previous_month(2026, 1), (2025, 12))
        self.assertEqual(previous_month(2026, 7), (2026, 6))


class TestUnpaidMonths(EngineCase):
    def test_unpaid_and_missing_months(self):
        """Months marked unpaid or absent from the record are unpaid."""
        paid = {month: True for month in range(1, 13)}
        paid.update({2: False, 7: False})
        del paid[11]
        self.assertEqual(unpaid_months(paid, 2026), [2, 7, 11])

    def test_keys_as_dates_or_tuples_of_that_year_only(self):
        """Payments keyed by date or (year, month) count only for their year."""
        paid = {
            date(2026, 1, 1): True,
            (2026, 2): True,
            (2025, 3): True,
            date(2025, 4, 1): True,
        }
        self.assertEqual(unpaid_months(paid, 2026, through_month=4), [3, 4])

    def test_three_unpaid_months_flag(self):
        """Three unpaid months in a year, not necessarily consecutive (Điều lệ Điều 8)."""
        paid = dict.fromkeys(range(1, 13), True)
        paid.update({1: False, 6: False})
        self.assertFalse(flag_three_unpaid(paid, 2026))
        paid[12] = False
        self.assertTrue(flag_three_unpaid(paid, 2026))

    def test_excused_months_and_current_year(self):
        """Excused months do not count, nor months not yet due."""
        paid = {1: True, 2: False, 3: False, 4: False}
        self.assertTrue(flag_three_unpaid(paid, 2026, through_month=4))
        self.assertFalse(
            flag_three_unpaid(paid, 2026, through_month=4, excused_months=(3,))
        )
        self.assertFalse(flag_three_unpaid({1: True}, 2026, through_month=3))


class TestLineAmountAndState(EngineCase):
    RULE = ("percent", Decimal(1), 1)

    def test_amount_due_from_rule_or_voluntary(self):
        """The rule's fee, or the voluntary amount when higher."""
        self.assertEqual(amount_due(self.RULE, "percent", 0, 8_000_000), (None, 80_000))
        self.assertEqual(
            amount_due(self.RULE, "percent", 0, 8_000_000, 100_000), (None, 100_000)
        )
        self.assertEqual(
            amount_due(self.RULE, "percent", 0, 8_000_000, 50_000), (None, 80_000)
        )

    def test_amount_due_unknown_base_is_zero_not_owed(self):
        """A missing or implausible base gives 0 and says why; no rule gives 0."""
        self.assertEqual(amount_due(self.RULE, "percent", 0, 0), ("missing", 0))
        self.assertEqual(
            amount_due(self.RULE, "percent", 3_700_000, 5_500, 9_000),
            ("implausible", 0),
        )
        self.assertEqual(amount_due(None, "fixed", 0, 0), (None, 0))

    def test_line_state(self):
        """Missing base, paid (nothing due is paid), partial, unpaid."""
        self.assertEqual(line_state(80_000, 0, "missing"), "missing_base")
        self.assertEqual(line_state(80_000, 80_000, "missing"), "paid")
        self.assertEqual(line_state(0, 0), "paid")
        self.assertEqual(line_state(80_000, 40_000), "partial")
        self.assertEqual(line_state(80_000, 0), "unpaid")
        self.assertEqual(first_of_month(date(2026, 3, 17)), date(2026, 3, 1))

    def test_line_values(self):
        """One dict per member row: the base of the month before, a contract
        base over the declared one, no base source for a fixed amount."""
        rules = {
            "wage_earner": self.RULE,
            "student": ("fixed", Decimal(5000), 1),
        }
        minimums = {"wage_earner": ("percent", 3_700_000), "student": ("fixed", 0)}
        members = [
            (1, 10, 7, "wage_earner", 8_000_000, 0),
            (2, 10, 7, False, 0, 0),
            (3, 10, 7, "student", 0, 0),
        ]
        values = line_values(
            members,
            date(2026, 1, 1),
            {2: (9_000_000, "contract")},
            {7: (rules, minimums)},
        )
        self.assertEqual(values[0]["base_month"], date(2025, 12, 1))
        self.assertEqual(
            [(v["category"], v["base_source"], v["amount_due"]) for v in values],
            [
                ("wage_earner", "declared", 80_000),
                ("wage_earner", "contract", 90_000),
                ("student", "none", 5_000),
            ],
        )
