# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Member lifecycle deadlines: probation, recognition, transfers.

Governing texts:

- Điều lệ Đảng, Điều 5.1: probation lasts twelve months from the admission
  ceremony (ngày chi bộ tổ chức lễ kết nạp).
- Quy định 232-QĐ/TW (2025) and Hướng dẫn 12-HD/BTCTW (2022): within 30
  working days after the 12 months end the branch votes on recognition;
  a member recognised late is still official "at the moment the 12 months
  of probation end", so the recognition date is the ceremony date plus
  12 months (ceremony 15/03/2025 -> official 15/03/2026).
- Quy định 232-QĐ/TW: an official transfer within 60 working days of a job
  change or move; the referral is presented to the receiving committee
  within 30 days; temporary transfer for absences of 3 months to under 1
  year, or 3 months to 2 years for study.

Working days are Monday to Friday minus the given public holidays. Pass
holidays as a tuple or frozenset: they are indexed once and cached.
"""

from bisect import bisect_left, bisect_right
from datetime import timedelta
from functools import lru_cache

from .party_age import add_months

PROBATION_MONTHS = 12
RECOGNITION_VOTE_WORKING_DAYS = 30
TRANSFER_WORKING_DAYS = 60
REFERRAL_DAYS = 30
TEMPORARY_TRANSFER_MIN_MONTHS = 3
TEMPORARY_TRANSFER_MAX_MONTHS = 12  # exclusive: "under one year"
STUDY_TRANSFER_MAX_MONTHS = 24  # inclusive: "up to two years"
WORKING_WEEKDAYS = 5  # Monday (0) to Friday (4)

# Problem keys
PROBLEM_END_BEFORE_START = "end_before_start"
PROBLEM_TOO_SHORT = "too_short"
PROBLEM_TOO_LONG = "too_long"


def probation_end(admission_date, months=PROBATION_MONTHS):
    """Return the day the probation ends: ``admission_date`` + 12 months.

    ``admission_date`` is the ceremony date (Điều lệ Đảng, Điều 5.1).
    """
    return add_months(admission_date, months)


def recognition_date(admission_date, months=PROBATION_MONTHS):
    """Return the official recognition date (ngày chính thức).

    Hướng dẫn 12-HD/BTCTW: the day the 12 months of probation end, however
    late the branch votes or the committee approves: 15/03/2025 ->
    15/03/2026; 29/02/2024 -> 28/02/2025.
    """
    return add_months(admission_date, months)


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

    The day ``start`` itself is not counted (Bộ luật Dân sự 2015, Điều
    147); Saturdays, Sundays and ``holidays`` are skipped. ``n == 0``
    returns ``start``.
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


def recognition_vote_deadline(
    probation_end_date, working_days=RECOGNITION_VOTE_WORKING_DAYS, holidays=()
):
    """Return the last day for the branch to vote on recognition.

    30 working days after the probation ends (Quy định 232-QĐ/TW).
    """
    return add_working_days(probation_end_date, working_days, holidays)


def transfer_deadline(job_change_date, working_days=TRANSFER_WORKING_DAYS, holidays=()):
    """Return the last day to request the official transfer.

    60 working days after the job change or move (Quy định 232-QĐ/TW).
    """
    return add_working_days(job_change_date, working_days, holidays)


def referral_deadline(referral_date, days=REFERRAL_DAYS):
    """Return the last day to present the referral to the receiving committee.

    30 calendar days after the referral is issued (Quy định 232-QĐ/TW).
    """
    return referral_date + timedelta(days=days)


def temporary_transfer_allowed(start, end, for_study=False):
    """Return ``(allowed, problem_key_or_None)`` for a temporary transfer.

    Quy định 232-QĐ/TW: an absence of at least 3 months and under 1 year
    (``end < start + 12 months``); for study at least 3 months and up to
    2 years (``end <= start + 24 months``).
    """
    if end < start:
        return False, PROBLEM_END_BEFORE_START
    if end < add_months(start, TEMPORARY_TRANSFER_MIN_MONTHS):
        return False, PROBLEM_TOO_SHORT
    if for_study:
        if end > add_months(start, STUDY_TRANSFER_MAX_MONTHS):
            return False, PROBLEM_TOO_LONG
    elif end >= add_months(start, TEMPORARY_TRANSFER_MAX_MONTHS):
        return False, PROBLEM_TOO_LONG
    return True, None
