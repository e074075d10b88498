# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Working days (ngày làm việc), the one shared arithmetic of the suite.

Deadlines of Quy định 294-QĐ/TW counted in working days (the recognition
vote, the official transfer, the referral) all use these functions, through
``res.company._party_add_working_days`` / ``_party_count_working_days``,
which read the company's holidays in the company's time zone.

Working days are Monday to Friday minus the given public holidays. The day
the count starts from is not counted (Bộ luật Dân sự 2015, Điều 147). Pass
holidays as a tuple or frozenset: they are indexed once and cached.
"""

from bisect import bisect_left, bisect_right
from datetime import datetime, time, timedelta
from functools import lru_cache

import pytz

WORKING_WEEKDAYS = 5  # Monday (0) to Friday (4)


@lru_cache(maxsize=64)
def _weekday_holidays(holidays):
    """Return the sorted holidays that fall on a working weekday."""
    return tuple(sorted(d for d in set(holidays) if d.weekday() < WORKING_WEEKDAYS))


def _holiday_index(holidays):
    if not holidays:
        return ()
    if not isinstance(holidays, (tuple, frozenset)):
        holidays = tuple(holidays)
    return _weekday_holidays(holidays)


def _add_weekdays(start, n):
    """Return the ``n``-th Monday-Friday day after ``start`` (n >= 1)."""
    weekday = start.weekday()
    if weekday >= WORKING_WEEKDAYS:
        # From a weekend day, count as if from the Friday before.
        start -= timedelta(days=weekday - 4)
        weekday = 4
    weeks, rest = divmod(n, WORKING_WEEKDAYS)
    days = weeks * 7 + rest
    if weekday + rest >= WORKING_WEEKDAYS:
        days += 2
    return start + timedelta(days=days)


def add_working_days(start, n, holidays=()):
    """Return the ``n``-th working day after ``start``.

    The day ``start`` itself is not counted; Saturdays, Sundays and
    ``holidays`` are skipped. ``n == 0`` returns ``start``.
    """
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return start
    index = _holiday_index(holidays)
    current, remaining = start, n
    while True:
        end = _add_weekdays(current, remaining)
        skipped = (
            bisect_right(index, end) - bisect_right(index, current) if index else 0
        )
        if not skipped:
            return end
        current, remaining = end, skipped


def count_working_days(start, end, holidays=()):
    """Return the number of working days after ``start`` up to ``end`` included."""
    if end <= start:
        return 0
    index = _holiday_index(holidays)
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    count = weeks * WORKING_WEEKDAYS
    weekday = start.weekday()
    for offset in range(1, rest + 1):
        if (weekday + offset) % 7 < WORKING_WEEKDAYS:
            count += 1
    if index:
        count -= bisect_right(index, end) - bisect_left(
            index, start + timedelta(days=1)
        )
    return count


def local_days(date_from, date_to, tz_name):
    """Return the local dates covered by a leave stored in UTC.

    ``date_from`` and ``date_to`` are naive UTC datetimes, as Odoo stores
    ``resource.calendar.leaves``; ``tz_name`` is the calendar's or the
    company's time zone. A holiday entered in Vietnam from 01/01 00:00 to
    01/01 23:59 is stored from 31/12 17:00 to 01/01 16:59 UTC and gives the
    single day 01/01. An end exactly at local midnight is exclusive.
    """
    tz = pytz.timezone(tz_name or "UTC")
    start = pytz.utc.localize(date_from).astimezone(tz)
    end = pytz.utc.localize(date_to).astimezone(tz)
    last = end.date()
    if end.time() == time.min and end > start:
        last -= timedelta(days=1)
    day, days = start.date(), []
    while day <= last:
        days.append(day)
        day += timedelta(days=1)
    return days


def utc_bounds(day_from, day_to, tz_name):
    """Naive UTC datetimes of local 00:00 on ``day_from`` and 23:59:59 on
    ``day_to`` (how a user in ``tz_name`` enters a whole-day holiday)."""
    tz = pytz.timezone(tz_name or "UTC")

    def to_utc(value):
        return tz.localize(value).astimezone(pytz.utc).replace(tzinfo=None)

    return (
        to_utc(datetime.combine(day_from, time.min)),
        to_utc(datetime.combine(day_to, time(23, 59, 59))),
    )
