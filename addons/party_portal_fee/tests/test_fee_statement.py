# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import BaseCase, tagged

from ..engine import fee_statement
from ..engine.fee_statement import FeeMonth


def month(year, number, due=100_000, paid=0, receipt=""):
    return FeeMonth(number, date(year, number, 1), due, paid, receipt)


@tagged("post_install", "-at_install")
class TestFeeStatement(BaseCase):
    """The pure statement: balances, years and unpaid months."""

    def test_balance_and_totals(self):
        """Paying more is no credit; an unknown amount counts nowhere."""
        months = [
            month(2026, 1, paid=100_000, receipt="BL1"),
            month(2026, 2, paid=40_000, receipt="BL2"),
            month(2026, 3, paid=150_000, receipt="BL3"),
            month(2026, 4, due=None),
        ]
        self.assertEqual([m.balance for m in months], [0, 60_000, 0, 0])
        self.assertEqual(fee_statement.totals(months), (300_000, 290_000, 60_000))
        self.assertTrue(months[1].has_receipt)
        self.assertFalse(months[3].has_receipt)

    def test_shown_year(self):
        months = [month(2024, 5), month(2025, 3)]
        self.assertEqual(fee_statement.years(months), [2025, 2024])
        self.assertEqual(fee_statement.shown_year(months, date(2026, 6, 1)), 2025)
        self.assertEqual(fee_statement.shown_year(months, date(2026, 6, 1), 2024), 2024)
        self.assertEqual(fee_statement.shown_year(months, date(2026, 6, 1), 1999), 2025)
        self.assertEqual(fee_statement.shown_year([], date(2026, 6, 1)), 2026)

    def test_unpaid_months_as_party_fee_counts(self):
        """The current month is not yet due; the closed year is read in
        January; a half-paid month counts half; unknown amounts not at all."""
        months = [month(2026, 1), month(2026, 2, paid=50_000), month(2026, 3)]
        self.assertEqual(fee_statement.unpaid_months(months, date(2026, 3, 20)), 1)
        self.assertEqual(fee_statement.unpaid_months(months, date(2026, 4, 2)), 2)
        self.assertEqual(fee_statement.unpaid_months(months, date(2027, 1, 5)), 2)
        unknown = [month(2026, 1, due=None), month(2026, 2, due=None)]
        self.assertEqual(fee_statement.unpaid_months(unknown, date(2026, 6, 1)), 0)

    def test_payment_reference(self):
        self.assertEqual(
            fee_statement.payment_reference("0123", date(2026, 12, 5)),
            "DP 0123 12/2026",
        )
        self.assertEqual(
            fee_statement.payment_reference(False, date(2026, 12, 5)), "DP 12/2026"
        )
