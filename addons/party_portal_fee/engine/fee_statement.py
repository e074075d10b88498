# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member's fee statement (pure Python): months, balances, totals and
the unpaid months counted as party_fee counts them.

A month whose base is unknown (missing or implausible) has no known amount
due: it shows "to be confirmed" and never counts in a balance or as unpaid.
The balance of a month is what is still to pay (paying more than due is
allowed and is not a credit on another month). Unpaid months follow
``party_fee.engine.fee`` (Điều lệ Đảng, Điều 8): the current month is not
yet due, a partly paid month counts for its unpaid share, and the closed
year and the year to date are both read, the higher count shown.
"""

from dataclasses import dataclass
from datetime import date

from odoo.addons.party_fee.engine import fee

# The page warns from this many unpaid months, one before the grounds for
# removal (fee.REMOVAL_UNPAID_MONTHS).
NOTICE_UNPAID_MONTHS = 2


@dataclass(frozen=True)
class FeeMonth:
    """One month of a member's fees. ``due`` is None when unknown."""

    line_id: int
    month: date
    due: int | None
    paid: int
    receipt: str = ""

    @property
    def balance(self):
        if self.due is None:
            return 0
        return max(self.due - self.paid, 0)

    @property
    def has_receipt(self):
        return bool(self.receipt) and self.paid > 0


def totals(months):
    """(due, paid, balance) over ``months``; unknown amounts left out."""
    known = [m for m in months if m.due is not None]
    return (
        sum(m.due for m in known),
        sum(m.paid for m in months),
        sum(m.balance for m in known),
    )


def years(months):
    """The years that have a month, newest first."""
    return sorted({m.month.year for m in months}, reverse=True)


def shown_year(months, today, asked=None):
    """The year the page shows: ``asked`` when it has months, else the
    current year when it has some, else the newest year with months."""
    available = years(months)
    if asked in available:
        return asked
    if today.year in available or not available:
        return today.year
    return available[0]


def of_year(months, year):
    """The months of ``year``, newest first."""
    return sorted(
        (m for m in months if m.month.year == year),
        key=lambda m: m.month,
        reverse=True,
    )


def current_month(months, today):
    """The month of ``today``, or None when it has no fee line yet."""
    first = fee.first_of_month(today)
    return next((m for m in months if m.month == first), None)


def unpaid_months(months, today):
    """Whole unpaid months of a year, as party_fee's daily check counts
    them: the higher of the closed year and the year to date."""
    shares_by_year = {}
    for m in months:
        share = fee.paid_share(m.due, m.paid) if m.due is not None else None
        if share is not None:
            shares_by_year.setdefault(m.month.year, {})[m.month.month] = share
    periods = fee.evaluation_periods(today)
    return max(
        (
            fee.whole_months(total)
            for _y, total in fee.unpaid_by_period(shares_by_year, periods)
        ),
        default=0,
    )


def payment_reference(file_number, month):
    """The reference a member writes with a payment on the public service
    portal: "DP <file number> <MM/YYYY>" (ASCII, accepted in any
    payment description)."""
    return f"DP {file_number or ''} {month:%m/%Y}".replace("  ", " ")
