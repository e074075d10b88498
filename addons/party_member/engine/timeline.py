# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Membership periods: where a member belonged, in what grade and status,
from one day to another, replayed from their history.

This is the single answer to "was this person a member of this
organisation on day D, and how": statistics, badges, fees, KPIs, meeting
invitations and vote bases all read the periods (stored by
``party.membership.period``), never the events.

A period is ``(organization_id, date_start, date_end, grade, kind)``:

- ``date_start`` is the first day, ``date_end`` the first day *after* the
  period (the day of the event that ended it), or None while it lasts;
  so D is in a period when ``date_start <= D < date_end``;
- ``grade`` is probationary or official on those days;
- ``kind`` says how the member is in that organisation:

  ``active``
      registered there and in activity;
  ``exempt``
      registered there, exempt from activity (miễn sinh hoạt);
  ``away``
      registered there (counted there for statistics and reviews) but in
      activity elsewhere on a temporary transfer (chuyển sinh hoạt tạm
      thời đi);
  ``hosted``
      in activity there on a temporary transfer, registered elsewhere:
      in the enterprise (the same member is ``away`` at home) or outside
      it (a member hosted from another committee). Counted at the host
      for activity and fees, never for statistics.

Whatever happens on one day is settled at the end of that day: a member
moved between two cells (transfer out and in on the same day) is in the
old cell until the day before and in the new one from that day, with no
gap. Events that cannot follow the state reached (an invalid history)
end the replay, as in ``member_state.replay``.
"""

from itertools import groupby
from typing import NamedTuple

from . import member_state as ms

ACTIVE = "active"
EXEMPT = "exempt"
AWAY = "away"
HOSTED = "hosted"
KINDS = (ACTIVE, EXEMPT, AWAY, HOSTED)
# Kinds counted where the member is registered (statistics, reviews, votes
# on party building) and where the member is in activity (meetings, fees).
REGISTERED_KINDS = frozenset({ACTIVE, EXEMPT, AWAY})
IN_ACTIVITY_KINDS = frozenset({ACTIVE, EXEMPT, HOSTED})

# Events whose internal destination becomes the member's home cell.
HOME_EVENTS = frozenset(
    {ms.ADMISSION, ms.READMISSION, ms.TRANSFER_IN, ms.TEMPORARY_ARRIVAL}
)


class Period(NamedTuple):
    organization_id: int
    date_start: object
    date_end: object
    grade: str
    kind: str


def _places(current, home, host):
    """Return the ``{(organization_id, kind)}`` of a member in state
    ``current`` registered at ``home`` and temporarily at ``host``."""
    status = current.status
    if status == ms.ACTIVE:
        places = {(home, ACTIVE)}
    elif status == ms.EXEMPT:
        places = {(home, EXEMPT)}
    elif status == ms.TEMPORARILY_TRANSFERRED:
        places = {(home, AWAY), (host, HOSTED)}
    elif status == ms.HOSTED:
        places = {(home, HOSTED)}
    else:
        return set()
    return {(org, kind) for org, kind in places if org}


def periods(events, official_date=None, organization_id=None):
    """Return the ``Period`` tuples of one member, in start order.

    ``events`` are ``(event_type, date, to_organization_id)`` in history
    order (date, then creation order), ``to_organization_id`` None when the
    destination is outside the enterprise or not a move. ``organization_id``
    is the home cell until an event names one (a history recorded without
    destinations).
    """
    current = ms.INITIAL
    home, host = organization_id, None
    open_ = {}  # (org, kind) -> (date_start, grade)
    result = []
    for day, same_day in groupby(events, key=lambda e: e[1]):
        stop = False
        for event_type, _date, to_org in same_day:
            if ms.transition_problem(current, event_type):
                stop = True
                break
            current = ms._apply(current, event_type, day, official_date)
            if event_type in HOME_EVENTS and to_org:
                home = to_org
            elif event_type == ms.TEMPORARY_TRANSFER_OUT:
                host = to_org
        places = _places(current, home, host)
        grade = current.grade
        for key in list(open_):
            start, open_grade = open_[key]
            if key not in places or open_grade != grade:
                del open_[key]
                if start < day:
                    result.append(Period(key[0], start, day, open_grade, key[1]))
        for key in places:
            open_.setdefault(key, (day, grade))
        if stop:
            break
    for (org, kind), (start, grade) in open_.items():
        result.append(Period(org, start, None, grade, kind))
    result.sort(key=lambda p: (p.date_start, p.organization_id, p.kind))
    return result


def period_on(member_periods, day, kinds=REGISTERED_KINDS):
    """Return the first period of ``member_periods`` covering ``day`` whose
    kind is in ``kinds``, or None."""
    for period in member_periods:
        if (
            period.kind in kinds
            and period.date_start <= day
            and (period.date_end is None or day < period.date_end)
        ):
            return period
    return None
