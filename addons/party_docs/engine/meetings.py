# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Meeting rules: attendance rate and the regular / thematic meeting calendar.

Điều lệ Đảng and Quy định 24-QĐ/TW: a party cell meets regularly once a
month and holds a thematic meeting at least once a quarter.
"""

from datetime import date  # noqa: F401 - used by the doctests

PRESENT_STATES = ("present", "late")


def attendance_rate(states):
    """Percentage of invitees present (late counts as present).

    >>> attendance_rate(["present", "late", "excused", "unexcused"])
    50.0
    >>> attendance_rate([])
    0.0
    """
    states = list(states)
    if not states:
        return 0.0
    present = sum(1 for state in states if state in PRESENT_STATES)
    return round(100.0 * present / len(states), 2)


def month_key(day):
    return (day.year, day.month)


def quarter_key(day):
    return (day.year, (day.month - 1) // 3 + 1)


def months_between(date_from, date_to):
    """Every (year, month) touched by the period, in order.

    >>> months_between(date(2025, 11, 15), date(2026, 1, 2))
    [(2025, 11), (2025, 12), (2026, 1)]
    """
    months = []
    year, month = date_from.year, date_from.month
    while (year, month) <= (date_to.year, date_to.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def quarters_between(date_from, date_to):
    """Every (year, quarter) touched by the period, in order.

    >>> quarters_between(date(2025, 11, 1), date(2026, 4, 1))
    [(2025, 4), (2026, 1), (2026, 2)]
    """
    quarters = []
    for year, month in months_between(date_from, date_to):
        key = (year, (month - 1) // 3 + 1)
        if key not in quarters:
            quarters.append(key)
    return quarters


def meeting_compliance(meetings, date_from, date_to):
    """Tell, for one organisation, which months had a regular meeting and
    which quarters a thematic one.

    ``meetings`` is an iterable of ``(kind, day)`` of held meetings.

    >>> result = meeting_compliance(
    ...     [("regular", date(2025, 1, 10)), ("thematic", date(2025, 2, 5))],
    ...     date(2025, 1, 1), date(2025, 2, 28))
    >>> result["months"]
    {(2025, 1): True, (2025, 2): False}
    >>> result["quarters"]
    {(2025, 1): True}
    >>> result["regular_ok"], result["thematic_ok"]
    (1, 1)
    """
    regular = {month_key(day) for kind, day in meetings if kind == "regular"}
    thematic = {quarter_key(day) for kind, day in meetings if kind == "thematic"}
    months = {key: key in regular for key in months_between(date_from, date_to)}
    quarters = {key: key in thematic for key in quarters_between(date_from, date_to)}
    return {
        "months": months,
        "quarters": quarters,
        "regular_ok": sum(months.values()),
        "regular_due": len(months),
        "thematic_ok": sum(quarters.values()),
        "thematic_due": len(quarters),
    }
