# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party age (tuổi đảng): membership periods, gaps and anniversaries.

Governing texts:

- Điều lệ Đảng, Điều 5.4: the party age of an official member counts from
  the date written in the admission decision (ngày quyết định kết nạp).
- Quy định 294-QĐ/TW (2025, which replaced 232-QĐ/TW) and Hướng dẫn
  12-HD/BTCTW (2022): only the time a member was out of the Party
  (removed, expelled, left, lost contact) is deducted, plus any time not
  registered anywhere beyond the transfer deadline; a readmitted member
  counts from the first admission.
- A member who transfers officially to another party committee stays a
  party member there: that time is party age, not a gap. A transfer out
  is therefore not an exit here (it is one for the organisation, not for
  the Party).

Conventions used throughout the engine:

- A period "of N months from D" ends on the same day number N months later,
  or on the last day of that month when it is shorter (Bộ luật Dân sự 2015,
  Điều 148): 29/02/2000 + 30 years = 28/02/2030. ``add_months`` and
  ``full_months_between`` implement this (same results as
  ``dateutil.relativedelta``, faster for batch runs).
- Party age in years and months is the calendar length of the counted days
  ending on the measurement date, so it agrees with ``anniversary_date``.
- Temporary transfers (chuyển sinh hoạt tạm thời) and exemption (miễn sinh
  hoạt) do not interrupt membership and are not gaps.
"""

from calendar import monthrange
from dataclasses import dataclass
from datetime import timedelta

# Điều lệ Đảng, Điều 1: a party member is at least 18 years old (full
# years, counted in months): the admission age and the sheet import check.
DEFAULT_MIN_AGE_YEARS = 18

# Event types of a member's history
ADMISSION = "admission"
OFFICIAL_RECOGNITION = "official_recognition"
TRANSFER_OUT = "transfer_out"
TRANSFER_IN = "transfer_in"
TEMPORARY_TRANSFER_OUT = "temporary_transfer_out"
TEMPORARY_RETURN = "temporary_return"
EXEMPTION = "exemption"
EXEMPTION_END = "exemption_end"
REMOVAL = "removal"
EXPULSION = "expulsion"
LEAVE = "leave"
DEATH = "death"
READMISSION = "readmission"
# Mất liên lạc: the member broke contact with the organisation. It is an exit
# (the time until contact is restored is not party age); the ways out are the
# restoration of contact, removal (xóa tên) or death.
LOST_CONTACT = "lost_contact"
CONTACT_RESTORED = "contact_restored"
# A member of another committee hosted here on a temporary transfer, and
# the end of that stay (never exits from the Party).
TEMPORARY_ARRIVAL = "temporary_arrival"
TEMPORARY_DEPARTURE = "temporary_departure"

EVENT_TYPES = (
    ADMISSION,
    OFFICIAL_RECOGNITION,
    TRANSFER_OUT,
    TRANSFER_IN,
    TEMPORARY_TRANSFER_OUT,
    TEMPORARY_RETURN,
    EXEMPTION,
    EXEMPTION_END,
    REMOVAL,
    EXPULSION,
    LEAVE,
    DEATH,
    READMISSION,
    LOST_CONTACT,
    CONTACT_RESTORED,
    TEMPORARY_ARRIVAL,
    TEMPORARY_DEPARTURE,
)
# Pseudo event, never stored in the history: computed by the caller.
# ``UNREGISTERED`` marks the day after the transfer deadline passed while the
# member was registered nowhere (the referral presented late); the next
# transfer in closes that gap.
UNREGISTERED = "unregistered"
# Events that take the member out of the Party; the gap runs until the next
# return. A transfer out is not one of them (see the module docstring).
EXIT_EVENTS = frozenset({REMOVAL, EXPULSION, LEAVE, LOST_CONTACT, UNREGISTERED})
# Events that start a new membership period after an exit. A later
# "admission" decision for someone who is out is a readmission.
RETURN_EVENTS = frozenset({TRANSFER_IN, READMISSION, ADMISSION, CONTACT_RESTORED})
# Events that end membership for good.
TERMINAL_EVENTS = frozenset({DEATH})
# Same-day ordering: exits first, then neutral events, returns, death last,
# so that an exit and a return on one day make a zero-day gap.
_EVENT_RANK = dict.fromkeys(EVENT_TYPES + (UNREGISTERED,), 1)
_EVENT_RANK.update(dict.fromkeys(EXIT_EVENTS, 0))
_EVENT_RANK.update(dict.fromkeys(RETURN_EVENTS, 2))
_EVENT_RANK[DEATH] = 3


# ---------------------------------------------------------------------------
# Calendar arithmetic
# ---------------------------------------------------------------------------
def add_months(day, months):
    """Return ``day`` moved by ``months`` calendar months (may be negative).

    A day missing in the target month becomes that month's last day
    (Bộ luật Dân sự 2015, Điều 148): 31/01 + 1 month = 28/02 or 29/02.

    >>> from datetime import date
    >>> add_months(date(2025, 1, 31), 1)
    datetime.date(2025, 2, 28)
    >>> add_months(date(2024, 3, 31), -1)
    datetime.date(2024, 2, 29)
    """
    index = day.month - 1 + months
    year = day.year + index // 12
    month = index % 12 + 1
    dom = day.day
    if dom > 28:
        dom = min(dom, monthrange(year, month)[1])
    return day.replace(year=year, month=month, day=dom)


def full_months_between(start, end):
    """Return the number of whole calendar months from ``start`` to ``end``.

    The largest ``n`` with ``add_months(start, n) <= end``; negative when
    ``end`` is before ``start``.

    >>> from datetime import date
    >>> full_months_between(date(2025, 1, 31), date(2025, 2, 28))
    1
    >>> full_months_between(date(2025, 3, 15), date(2025, 1, 16))
    -1
    """
    if end < start:
        return -full_months_between(end, start)
    months = (end.year - start.year) * 12 + end.month - start.month
    if months and end.day < start.day and add_months(start, months) > end:
        months -= 1
    return months


# ---------------------------------------------------------------------------
# Membership periods
# ---------------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class PartyAge:
    """Party age on a date: counted ``days`` and calendar ``years``/``months``.

    ``months`` is the remainder after whole years (0-11).
    """

    days: int
    years: int
    months: int

    @property
    def total_months(self):
        return self.years * 12 + self.months


def _origin(admission_decision_date, events):
    """Return the first admission date: the decision date or an earlier
    "admission" event (a readmitted member counts from the first one)."""
    origin = admission_decision_date
    for event_type, event_date in events:
        if event_type == ADMISSION and (origin is None or event_date < origin):
            origin = event_date
    return origin


def membership_periods(admission_decision_date, events=(), as_of=None):
    """Return the periods in the Party as ``((start, end_or_None), ...)``.

    ``events`` is an iterable of ``(event_type, date)``; events before the
    first admission, and after ``as_of`` when given, are ignored. A period
    ends on an exit (``EXIT_EVENTS``) or on death; the next return event
    (``RETURN_EVENTS``) opens a new one. The last period is open (``None``)
    while the member is in. Returns ``()`` without any admission date.
    """
    if events and not isinstance(events, (tuple, list)):
        events = tuple(events)  # read twice below
    origin = (
        _origin(admission_decision_date, events) if events else admission_decision_date
    )
    if origin is None or (as_of is not None and origin > as_of):
        return ()
    if not events:
        return ((origin, None),)
    periods = []
    start = origin
    rank = _EVENT_RANK
    for event_type, event_date in sorted(events, key=lambda e: (e[1], rank[e[0]])):
        if event_date < origin:
            continue
        if as_of is not None and event_date > as_of:
            break
        if event_type in TERMINAL_EVENTS:
            if start is not None:
                periods.append((start, event_date))
            return tuple(periods)
        if start is not None:
            if event_type in EXIT_EVENTS:
                periods.append((start, event_date))
                start = None
        elif event_type in RETURN_EVENTS:
            start = event_date
    if start is not None:
        periods.append((start, None))
    return tuple(periods)


def gaps(admission_decision_date, events=(), as_of=None):
    """Return the gaps deducted from party age as ``((exit, return), ...)``.

    A gap runs from an exit (removal, expulsion, leave, lost contact, time
    unregistered beyond the transfer deadline) to the next readmission,
    transfer in or restoration of contact. A member still out on ``as_of``
    has no closing date: that trailing absence is not a gap, the party age
    simply stops at the exit (see ``compute_party_age``).
    """
    periods = membership_periods(admission_decision_date, events, as_of)
    return tuple((periods[i][1], periods[i + 1][0]) for i in range(len(periods) - 1))


def unregistered_event(deadline, registered_on):
    """Return the ``(UNREGISTERED, day)`` pseudo event of a late arrival, or None.

    ``deadline`` is the last day to present the referral at the receiving
    committee, ``registered_on`` the day the member was registered there.
    The days after the deadline until registration are not party age
    (Hướng dẫn 12-HD/BTCTW; Quy định 294-QĐ/TW). Pass the result with the
    history events, before the transfer in of ``registered_on``.
    """
    if not deadline or not registered_on or registered_on <= deadline:
        return None
    return (UNREGISTERED, deadline + timedelta(days=1))


def is_member_on(periods, on_date):
    """Return True when ``on_date`` falls inside one of ``periods``.

    The exit day itself counts as out (the member left that day).
    """
    for start, end in periods:
        if start <= on_date and (end is None or on_date < end):
            return True
    return False


def party_age_from_periods(periods, as_of):
    """Return the ``PartyAge`` on ``as_of`` from ``membership_periods``."""
    days = 0
    end_point = None
    for start, end in periods:
        if start >= as_of:
            break
        stop = as_of if end is None or end > as_of else end
        days += (stop - start).days
        end_point = stop
    if end_point is None:
        return PartyAge(0, 0, 0)
    months = full_months_between(end_point - timedelta(days=days), end_point)
    return PartyAge(days, months // 12, months % 12)


def compute_party_age(admission_decision_date, events, as_of):
    """Return the ``PartyAge`` of a member on ``as_of`` (Điều lệ Đảng, Điều 5.4).

    Counts from the first admission decision date to ``as_of``, minus the
    gaps; stops at the exit date of a member still out, and at death.
    """
    periods = membership_periods(admission_decision_date, events, as_of)
    return party_age_from_periods(periods, as_of)


def anniversary_from_periods(periods, months):
    """Return the date party age reaches ``months`` months, or None.

    None when the member left (or died) before reaching it. Each closed
    gap pushes the anniversary back by its number of days.
    """
    if not periods:
        return None
    origin = periods[0][0]
    gap_days = 0
    previous_end = None
    for start, end in periods:
        if previous_end is not None:
            gap_days += (start - previous_end).days
        shifted = origin + timedelta(days=gap_days) if gap_days else origin
        candidate = add_months(shifted, months)
        if end is None or candidate <= end:
            return candidate
        previous_end = end
    return None


def anniversary_date(admission_decision_date, events, years):
    """Return the date the member reaches ``years`` of party age, or None.

    Used for Huy hiệu Đảng milestones: the calendar anniversary of the
    first admission decision, moved later by the days of every gap before
    it. None when the history ends (exit without return, death) first.
    """
    periods = membership_periods(admission_decision_date, events)
    return anniversary_from_periods(periods, years * 12)
