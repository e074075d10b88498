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

How months are counted (the rules this engine implements):

- A month is due only when its amount due is known and above 0. A month
  of 0 due, or whose base is unknown (missing or implausible data), is not
  due: it never counts as unpaid (the office completes the base first).
- A partly paid month counts as paid for its share: paying 40,000 of
  100,000 đồng pays 0.4 of the month and leaves 0.6 unpaid. Paying more
  than due (allowed) never pays another month. The unpaid months of a year
  are the sum of the unpaid shares; removal is considered from 3 whole
  months (e.g. six months paid half each).
- A month's fee is due within that month: the current month is never
  counted. The check runs on the year to date (through the previous month)
  and, all year, on the whole closed year: so on 5 January the unpaid
  October to December of the year before are seen, and the grounds stay
  visible until the branch decides or the arrears are paid.
- A payment of several months covers the oldest month first.

Amounts are in VND, which has no minor unit: results are whole đồng,
rounded half up (12,345.5 -> 12,346), optionally to a multiple of
``rounding`` đồng (100 -> 12,300 for 12,349, 12,400 for 12,350).
A "percent" rate is a percentage: ``Decimal("1")`` means 1%.
"""

from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from math import floor

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
# Where a line's base comes from (a bridge may add its own source).
SOURCE_DECLARED = "declared"
SOURCE_NONE = "none"
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


def base_month(day):
    """Return the first day of the month whose salary is the fee base of
    the month of ``day`` (the month before, Quy định 01-QĐ/TW)."""
    return date(*previous_month(day.year, day.month), 1)


def base_problem(kind, base, minimum_base=0):
    """Return why a base cannot give an amount, or None when it can.

    "missing" for a percentage rule without a base (unknown, not zero:
    the member owes an unknown amount); "implausible" for a base below
    ``minimum_base`` (for wage earners the regional minimum wage: a
    social-insurance salary cannot be lower). Fixed amounts need no base.
    """
    if kind != KIND_PERCENT:
        return None
    base = _decimal(base or 0)
    if base <= 0:
        return "missing"
    if base < _decimal(minimum_base or 0):
        return "implausible"
    return None


def first_of_month(day):
    """Return the first day of ``day``'s month: how a fee month is stored."""
    return date(day.year, day.month, 1)


def amount_due(rule, base_kind, minimum_base, base, voluntary=0):
    """Return ``(problem, amount)`` for one member and month.

    ``rule`` is the ``(kind, rate_or_amount, rounding)`` of the member's
    category, or None when the company has none; ``base_kind`` and
    ``minimum_base`` say whether that category needs a base (see
    ``base_problem``). A base with a problem gives 0: the amount owed is
    unknown, not nothing. Otherwise the rule's fee, or ``voluntary`` when
    higher (paying more is allowed).
    """
    problem = base_problem(base_kind, base, minimum_base)
    if rule is None or problem:
        return problem, 0
    kind, rate, rounding = rule
    return problem, max(monthly_fee(kind, rate, base, rounding), voluntary or 0)


def line_values(members, month, other_bases, company_rules):
    """Return the values of the fee lines of ``month`` (its first day), one
    dict per row ``(member_id, cell_id, company_id, category, declared_base,
    voluntary)`` of ``members``: category, base of the month before and its
    source, base problem and amount due (0 when the base has a problem).

    ``other_bases`` maps a member id to ``(base, source)`` when that base is
    known elsewhere than on the member (a contract); ``company_rules`` maps a
    company id to ``(rules, minimums)``: category -> ``(kind, rate, rounding)``
    and category -> ``(kind, minimum_base)``. A fixed amount has no base
    source ("none").
    """
    month_of_base = base_month(month)
    result = []
    for member_id, _cell, company_id, category, base, voluntary in members:
        category = category or CATEGORY_WAGE_EARNER
        base, source = other_bases.get(member_id, (base or 0, SOURCE_DECLARED))
        rules, minimums = company_rules[company_id]
        kind, minimum = minimums.get(category, (KIND_FIXED, 0))
        problem, due = amount_due(rules.get(category), kind, minimum, base, voluntary)
        result.append(
            {
                "category": category,
                "base": base,
                "base_month": month_of_base,
                "base_source": source if kind == KIND_PERCENT else SOURCE_NONE,
                "base_problem": problem or False,
                "amount_due": due,
            }
        )
    return result


def line_state(amount_due, amount_paid, problem=None):
    """Return the state of a month's line: "missing_base" while its base has
    a problem and nothing is paid (the amount is unknown); "paid" when the
    payment covers the amount due (nothing due is paid); "partial" when
    part is paid (it counts for its share); else "unpaid"."""
    if problem and not amount_paid:
        return "missing_base"
    if (amount_paid or 0) >= (amount_due or 0):
        return "paid"
    return "partial" if amount_paid else "unpaid"


def paid_share(amount_due, amount_paid):
    """Return the share of a month paid, a Fraction from 0 to 1, or None
    when nothing is due (0 or unknown): such a month is not counted."""
    if not amount_due or amount_due <= 0:
        return None
    paid = max(amount_paid or 0, 0)
    return min(Fraction(paid, amount_due), Fraction(1))


def allocate_payment(amount, dues):
    """Split ``amount`` over the remaining ``dues`` (oldest first): each
    month is paid in full before the next; what is left over (paying more
    is allowed) goes to the last month. Returns one amount per due."""
    if amount < 0:
        raise ValueError("amount must not be negative")
    result = []
    left = amount
    for due in dues:
        part = min(left, max(due, 0))
        result.append(part)
        left -= part
    if left and result:
        result[-1] += left
    return result


def evaluation_periods(today):
    """Return the ``(year, through_month)`` periods the unpaid-months check
    reads on ``today``: the whole closed year, then the current year up to
    the month before (the current month is not yet due). In January the
    current year has no month due yet and is left out."""
    periods = [(today.year - 1, 12)]
    if today.month > 1:
        periods.append((today.year, today.month - 1))
    return periods


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
    ``(year, month)`` tuple) to True when paid, or to the share paid (0 to
    1, see ``paid_share``); a month missing from it is unpaid. Months in
    ``excused_months`` (good reason) are left out. A partly paid month is
    listed here (not fully paid); ``unpaid_total`` counts its share.
    """
    shares = _shares(paid_by_month, year)
    excused = set(excused_months)
    return [
        month
        for month in MONTHS[:through_month]
        if shares.get(month, 0) < 1 and month not in excused
    ]


def _shares(paid_by_month, year):
    """Map month number -> share paid (True is 1, False 0)."""
    shares = {}
    for key, value in paid_by_month.items():
        month = _month_of(key, year)
        if month is not None:
            share = Fraction(str(value) if isinstance(value, float) else value)
            shares[month] = min(max(share, Fraction(0)), Fraction(1))
    return shares


def unpaid_total(paid_by_month, year, through_month=12, excused_months=()):
    """Return the unpaid months of ``year`` up to ``through_month`` as a
    Fraction: each month not fully paid counts for its unpaid share."""
    shares = _shares(paid_by_month, year)
    excused = set(excused_months)
    return sum(
        (
            1 - shares.get(month, Fraction(0))
            for month in MONTHS[:through_month]
            if month not in excused
        ),
        Fraction(0),
    )


def unpaid_by_period(shares_by_year, periods):
    """Return ``[(year, unpaid total)]`` for each ``(year, through_month)``
    of ``periods`` (see ``evaluation_periods``). ``shares_by_year`` maps a
    year to ``{month: share paid}``; a month missing from it has nothing
    due (no line, 0 due, unknown base) and does not count. The daily check
    and the member's own fee page both count with it.

    >>> unpaid_by_period({2025: {1: 1, 2: 0, 3: 0.5}}, [(2024, 12), (2025, 3)])
    [(2024, Fraction(0, 1)), (2025, Fraction(3, 2))]
    """
    result = []
    for year, through in periods:
        paid = shares_by_year.get(year, {})
        not_due = [month for month in MONTHS if month not in paid]
        result.append((year, unpaid_total(paid, year, through, not_due)))
    return result


def whole_months(total):
    """Return the whole months of an unpaid total (2.5 -> 2)."""
    return floor(total)


def flag_three_unpaid(
    paid_by_month,
    year,
    through_month=12,
    excused_months=(),
    threshold=REMOVAL_UNPAID_MONTHS,
):
    """Return True when ``threshold`` (3) or more months of ``year`` are unpaid.

    Điều lệ Đảng, Điều 8: grounds to consider removal; the months need not
    be consecutive, and a partly paid month counts for its unpaid share.
    Use ``through_month`` for the current year.
    """
    return unpaid_total(paid_by_month, year, through_month, excused_months) >= threshold
