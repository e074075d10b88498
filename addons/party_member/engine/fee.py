# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party fees (đảng phí): monthly amounts and unpaid months.

Governing texts:

- Quy định 01-QĐ/TW (2026) on party fees (configurable defaults below):
  wage earners pay 1% of the previous month's social-insurance salary
  base, pensioners 0.5% of the pension, students 5,000 VND a month;
  paying more is allowed.
- Điều lệ Đảng, Điều 8: a member who, without good reason, does not pay
  fees for three months in a year is considered for removal (xóa tên).

Amounts are in VND, which has no minor unit: results are whole đồng,
rounded half up (12,345.5 -> 12,346), optionally to a multiple of
``rounding`` đồng (100 -> 12,300 for 12,349, 12,400 for 12,350).
A "percent" rate is a percentage: ``Decimal("1")`` means 1%.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

KIND_PERCENT = "percent"
KIND_FIXED = "fixed"
FEE_KINDS = (KIND_PERCENT, KIND_FIXED)

# Member categories and their default rule (kind, rate in % or VND/month)
CATEGORY_WAGE_EARNER = "wage_earner"
CATEGORY_PENSIONER = "pensioner"
CATEGORY_STUDENT = "student"
DEFAULT_FEE_RULES = {
    CATEGORY_WAGE_EARNER: (KIND_PERCENT, Decimal(1)),
    CATEGORY_PENSIONER: (KIND_PERCENT, Decimal("0.5")),
    CATEGORY_STUDENT: (KIND_FIXED, Decimal(5000)),
}
DEFAULT_ROUNDING = 1  # whole đồng
REMOVAL_UNPAID_MONTHS = 3
MONTHS = tuple(range(1, 13))

_ONE = Decimal(1)
_HUNDRED = Decimal(100)


def _decimal(value):
    """Return ``value`` as a Decimal; floats go through ``str`` (0.5 -> 0.5)."""
    if isinstance(value, Decimal):
        return value
    if isinstance(value, float):
        return Decimal(str(value))
    return Decimal(value)


def round_vnd(amount, rounding=DEFAULT_ROUNDING):
    """Return ``amount`` rounded half up to a multiple of ``rounding`` đồng, as int."""
    step = _decimal(rounding)
    if step <= 0:
        raise ValueError("rounding must be positive")
    units = (_decimal(amount) / step).quantize(_ONE, rounding=ROUND_HALF_UP)
    return int(units * step)


def monthly_fee(kind, rate_or_amount, base=0, rounding=DEFAULT_ROUNDING):
    """Return the monthly fee in whole đồng (int).

    ``kind`` "percent": ``rate_or_amount`` % of ``base`` (salary base or
    pension); "fixed": ``rate_or_amount`` đồng a month, ``base`` ignored.
    Negative rates or bases raise ``ValueError``.
    """
    rate = _decimal(rate_or_amount)
    if rate < 0:
        raise ValueError("rate_or_amount must not be negative")
    if kind == KIND_FIXED:
        return round_vnd(rate, rounding)
    if kind == KIND_PERCENT:
        base = _decimal(base or 0)
        if base < 0:
            raise ValueError("base must not be negative")
        return round_vnd(base * rate / _HUNDRED, rounding)
    raise ValueError(f"unknown fee kind {kind!r}")


def category_fee(category, base=0, rules=None, rounding=DEFAULT_ROUNDING):
    """Return the monthly fee of a member ``category`` under ``rules``.

    ``rules`` maps categories to ``(kind, rate_or_amount)``; defaults to
    ``DEFAULT_FEE_RULES``.
    """
    kind, rate = (rules or DEFAULT_FEE_RULES)[category]
    return monthly_fee(kind, rate, base, rounding)


def previous_month(year, month):
    """Return ``(year, month)`` of the month before: the salary base month."""
    return (year - 1, 12) if month == 1 else (year, month - 1)


def _month_of(key, year):
    """Return the month number 1-12 of ``key`` in ``year``, or None."""
    if isinstance(key, int):
        return key
    if isinstance(key, date):
        return key.month if key.year == year else None
    key_year, key_month = key
    return key_month if key_year == year else None


def unpaid_months(paid_by_month, year, through_month=12, excused_months=()):
    """Return the sorted months of ``year`` not paid, up to ``through_month``.

    ``paid_by_month`` maps a month (int 1-12 of ``year``, a ``date`` or a
    ``(year, month)`` tuple) to True when paid; a month missing from it is
    unpaid. Months in ``excused_months`` (good reason) are left out.
    """
    paid = set()
    for key, is_paid in paid_by_month.items():
        if is_paid:
            month = _month_of(key, year)
            if month is not None:
                paid.add(month)
    excused = set(excused_months)
    return [
        month
        for month in MONTHS[:through_month]
        if month not in paid and month not in excused
    ]


def flag_three_unpaid(
    paid_by_month,
    year,
    through_month=12,
    excused_months=(),
    threshold=REMOVAL_UNPAID_MONTHS,
):
    """Return True when ``threshold`` (3) or more months of ``year`` are unpaid.

    Điều lệ Đảng, Điều 8: grounds to consider removal; the months need not
    be consecutive. Use ``through_month`` for the current year.
    """
    return (
        len(unpaid_months(paid_by_month, year, through_month, excused_months))
        >= threshold
    )
