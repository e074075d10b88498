# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""One member's life for the dataset generator, in plain Python.

A member is admitted, recognised as official a year later, and may then
move to another cell, be exempted, work for a while in another cell, be
transferred out of the enterprise, leave, be removed, die, be expelled or
lose contact; one in five of those who left or were removed is readmitted.
The state, the cell and the membership timeline are then computed by the
suite's own engines (``member_state``, ``timeline``), so the stored
values are those the ORM would have written.
"""

from datetime import date, timedelta
from typing import NamedTuple

from odoo.addons.party_member.engine import member_state, timeline
from odoo.addons.party_member.engine.lifecycle import recognition_date

# (upper bound of the draw, what happens after recognition); the rest: nothing.
LIFE_EVENTS = (
    (0.060, "internal_move"),
    (0.080, "exemption"),
    (0.090, "temporary_move"),
    (0.095, "temporary_return"),
    (0.125, "transfer_out"),
    (0.135, "leave"),
    (0.140, "removal"),
    (0.145, "death"),
    (0.147, "expulsion"),
    (0.149, "lost_contact"),
)
EXITS_READMITTED = ("leave", "removal", "expulsion")
READMISSION_SHARE = 0.2
# Mirrors party_member's MOVE_EVENTS: the member's cell is the destination
# of the last of these.
MOVE_EVENTS = ("admission", "readmission", "transfer_in", "transfer_out")
EXTERNAL_COMMITTEE = "Đảng bộ Tổng công ty (ngoài doanh nghiệp)"


class Event(NamedTuple):
    event_type: str
    date: date
    to_org: int | None = None
    from_org: int | None = None
    to_external: str | None = None


class Life(NamedTuple):
    birth: date
    decision: date
    admission: date
    official: date | None
    events: list
    state: str
    organization_id: int
    periods: list


def _between(rng, start, end):
    days = (end - start).days
    return start + timedelta(days=rng.randrange(days)) if days > 0 else None


def _after_recognition(rng, official, today, home, other):
    """The events after recognition, or ``[]``."""
    draw = rng.random()
    kind = next((name for bound, name in LIFE_EVENTS if draw < bound), None)
    day = _between(rng, official + timedelta(days=30), today)
    if not kind or not day:
        return []
    if kind == "internal_move":
        return [
            Event("transfer_out", day, other, home),
            Event("transfer_in", day, other, home),
        ]
    if kind in ("temporary_move", "temporary_return"):
        events = [Event("temporary_transfer_out", day, other, home)]
        back = _between(rng, day + timedelta(days=1), today)
        if kind == "temporary_return" and back:
            events.append(Event("temporary_return", back, home, other))
        return events
    if kind == "transfer_out":
        return [Event("transfer_out", day, None, home, EXTERNAL_COMMITTEE)]
    events = [Event(kind, day)]
    readmission = _between(rng, day + timedelta(days=365), today)
    if kind in EXITS_READMITTED and readmission and rng.random() < READMISSION_SHARE:
        events.append(Event("readmission", readmission, home))
    return events


def life(rng, today, home, other):
    """Draw one member's history in ``home`` (``other`` is the cell of a
    move) up to ``today``; return a ``Life``."""
    birth = date(1958 + rng.randrange(46), 1 + rng.randrange(12), 1 + rng.randrange(28))
    earliest = max(date(birth.year + 19, birth.month, birth.day), date(1980, 1, 1))
    decision = _between(rng, earliest, today - timedelta(days=30)) or earliest
    admission = decision + timedelta(days=rng.randrange(3, 30))
    recognition = recognition_date(admission)
    official = recognition if recognition < today else None
    events = [Event("admission", decision, home)]
    if official:
        events.append(Event("official_recognition", official))
        events += _after_recognition(rng, official, today, home, other)
    current, _problem = member_state.replay(
        [(e.event_type, e.date) for e in events], official
    )
    moves = [e.to_org for e in events if e.event_type in MOVE_EVENTS and e.to_org]
    periods = timeline.periods(
        [(e.event_type, e.date, e.to_org) for e in events], official, home
    )
    return Life(
        birth,
        decision,
        admission,
        official,
        events,
        current.state,
        moves[-1] if moves else home,
        periods,
    )
