# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A member's state replayed from their history (party.member.event).

The history is the single truth: the state is never written directly, it
is the result of applying every event, in date order, to the state
machine below. A member has two coordinates:

- the grade: probationary (dự bị) or official (chính thức), set by the
  admission (Điều lệ Đảng, Điều 5.1) and the official recognition;
- the status: active, temporarily transferred (chuyển sinh hoạt tạm thời,
  still counted at home), exempt (miễn sinh hoạt), or one of the exits:
  transferred out (chuyển đi), removed (xóa tên), expelled (khai trừ),
  left (ra khỏi Đảng), deceased (từ trần).

The displayed state is the grade while the member is active, else the
status. ``TRANSITIONS`` maps each event type to the statuses it may
follow; anything else is an invalid transition, reported with a machine
key (``PROBLEM_*``) that the Odoo layer translates.

Rules encoded here:

- admission only for someone without history; readmission (kết nạp lại,
  Quy định 294-QĐ/TW point 3.5) only after removal, leaving or expulsion
  (expulsion is not a bar by itself; the barred reasons are checked on the
  candidate), once, and it starts a new probation;
- official recognition only from the probationary grade (also while
  temporarily transferred: the home branch votes, Quy định 294-QĐ/TW);
- a temporary return goes back to the status before the temporary
  transfer (active), keeping a recognition made meanwhile;
- a transfer in without history (a member arriving from another
  committee) is official when ``official_date`` is known on or before it,
  probationary otherwise; after a transfer out it restores the grade;
- lost contact (mất liên lạc) is an exit from any status in the Party:
  the time until contact is restored is not party age (Quy định
  294-QĐ/TW; Hướng dẫn 12-HD/BTCTW). The ways out are the restoration of
  contact (back to active, grade kept), removal (xóa tên: a member out of
  contact is not active and pays no fees, Điều lệ Đảng, Điều 8) and death;
  readmission follows the removal, not the lost contact itself;
- a member of another committee arrives on a temporary transfer (hosted:
  in activity here, registered at home) and leaves at its end, or
  transfers in officially; their grade comes from ``official_date``;
- nothing follows death; only a readmission follows an expulsion.
"""

from typing import NamedTuple

from .party_age import (
    ADMISSION,
    CONTACT_RESTORED,
    DEATH,
    EVENT_TYPES,
    EXEMPTION,
    EXEMPTION_END,
    EXPULSION,
    LEAVE,
    LOST_CONTACT,
    OFFICIAL_RECOGNITION,
    READMISSION,
    REMOVAL,
    TEMPORARY_ARRIVAL,
    TEMPORARY_DEPARTURE,
    TEMPORARY_RETURN,
    TEMPORARY_TRANSFER_OUT,
    TRANSFER_IN,
    TRANSFER_OUT,
)

# Grades
PROBATIONARY = "probationary"
OFFICIAL = "official"
# Statuses
ACTIVE = "active"
TEMPORARILY_TRANSFERRED = "temporarily_transferred"
EXEMPT = "exempt"
TRANSFERRED_OUT = "transferred_out"
REMOVED = "removed"
EXPELLED = "expelled"
LEFT = "left"
DECEASED = "deceased"
OUT_OF_CONTACT = LOST_CONTACT  # status "lost_contact"
# A member of another committee in activity here on a temporary transfer
# (counted at home for statistics, here for activity and fees), and after
# that stay ended.
HOSTED = "hosted"
HOSTING_ENDED = "hosting_ended"

# Displayed states, in the order of party.member.state
STATES = (
    PROBATIONARY,
    OFFICIAL,
    TEMPORARILY_TRANSFERRED,
    EXEMPT,
    TRANSFERRED_OUT,
    REMOVED,
    EXPELLED,
    LEFT,
    DECEASED,
    OUT_OF_CONTACT,
    HOSTED,
    HOSTING_ENDED,
)
# States in which the person is a member of this committee's organisation
IN_PARTY_STATES = frozenset({PROBATIONARY, OFFICIAL, TEMPORARILY_TRANSFERRED, EXEMPT})
EXIT_STATES = frozenset(
    {TRANSFERRED_OUT, REMOVED, EXPELLED, LEFT, DECEASED, OUT_OF_CONTACT, HOSTING_ENDED}
)

NONE = None  # no history yet
_IN = (ACTIVE, TEMPORARILY_TRANSFERRED, EXEMPT)

# event type -> (statuses it may follow, status after it); the status after
# None means "computed" (see _apply).
TRANSITIONS = {
    ADMISSION: ((NONE,), ACTIVE),
    OFFICIAL_RECOGNITION: ((ACTIVE, TEMPORARILY_TRANSFERRED, HOSTED), None),
    TRANSFER_OUT: ((ACTIVE, EXEMPT), TRANSFERRED_OUT),
    TRANSFER_IN: ((NONE, TRANSFERRED_OUT, HOSTED, HOSTING_ENDED), ACTIVE),
    TEMPORARY_TRANSFER_OUT: ((ACTIVE,), TEMPORARILY_TRANSFERRED),
    TEMPORARY_RETURN: ((TEMPORARILY_TRANSFERRED,), ACTIVE),
    EXEMPTION: ((ACTIVE,), EXEMPT),
    EXEMPTION_END: ((EXEMPT,), ACTIVE),
    REMOVAL: (_IN + (OUT_OF_CONTACT,), REMOVED),
    EXPULSION: (_IN, EXPELLED),
    LEAVE: (_IN, LEFT),
    DEATH: (_IN + (OUT_OF_CONTACT, HOSTED), DECEASED),
    READMISSION: ((REMOVED, LEFT, EXPELLED), ACTIVE),
    LOST_CONTACT: (_IN, OUT_OF_CONTACT),
    CONTACT_RESTORED: ((OUT_OF_CONTACT,), ACTIVE),
    TEMPORARY_ARRIVAL: ((NONE, HOSTING_ENDED), HOSTED),
    TEMPORARY_DEPARTURE: ((HOSTED,), HOSTING_ENDED),
}
MAX_READMISSIONS = 1

# Problem keys
PROBLEM_UNKNOWN_EVENT = "unknown_event"
PROBLEM_INVALID_TRANSITION = "invalid_transition"
PROBLEM_NOT_PROBATIONARY = "not_probationary"
PROBLEM_ALREADY_READMITTED = "already_readmitted"
PROBLEM_NO_HISTORY = "no_history"


class MemberState(NamedTuple):
    """Where a history leads: ``status`` and ``grade``; ``state`` is shown."""

    status: str | None
    grade: str | None
    readmissions: int = 0

    @property
    def state(self):
        if self.status is None:
            return None
        return self.grade if self.status == ACTIVE else self.status


class InvalidTransition(ValueError):
    """An event that cannot follow the state reached before it."""

    def __init__(self, key, event_type, state, index, event_date=None):
        super().__init__(f"{key}: {event_type} after {state} (event #{index})")
        self.key = key
        self.event_type = event_type
        self.state = state
        self.index = index
        self.date = event_date


INITIAL = MemberState(None, None, 0)


def transition_problem(current, event_type):
    """Return the problem key of applying ``event_type`` to ``current``
    (a ``MemberState``), or None when allowed."""
    if event_type not in TRANSITIONS:
        return PROBLEM_UNKNOWN_EVENT
    allowed, _after = TRANSITIONS[event_type]
    if current.status not in allowed:
        return (
            PROBLEM_NO_HISTORY if current.status is None else PROBLEM_INVALID_TRANSITION
        )
    if event_type == OFFICIAL_RECOGNITION and current.grade != PROBATIONARY:
        return PROBLEM_NOT_PROBATIONARY
    if event_type == READMISSION and current.readmissions >= MAX_READMISSIONS:
        return PROBLEM_ALREADY_READMITTED
    return None


def _apply(current, event_type, event_date, official_date):
    status, grade, readmissions = current
    after = TRANSITIONS[event_type][1]
    if event_type == OFFICIAL_RECOGNITION:
        return MemberState(status, OFFICIAL, readmissions)
    if event_type in (ADMISSION, READMISSION):
        return MemberState(
            ACTIVE, PROBATIONARY, readmissions + (event_type == READMISSION)
        )
    if event_type in (TRANSFER_IN, TEMPORARY_ARRIVAL) and grade is None:
        official = official_date is not None and official_date <= event_date
        return MemberState(after, OFFICIAL if official else PROBATIONARY, readmissions)
    return MemberState(after, grade, readmissions)


def replay(events, official_date=None):
    """Return ``(MemberState, problem)`` after the valid prefix of ``events``.

    ``events`` is an iterable of ``(event_type, date)`` already in history
    order (date, then creation order: see ``sorted_history``). ``problem``
    is None or an ``InvalidTransition`` for the first refused event; the
    state returned is the one reached just before it.
    """
    current = INITIAL
    for index, (event_type, event_date) in enumerate(events):
        key = transition_problem(current, event_type)
        if key:
            return current, InvalidTransition(
                key, event_type, current.state, index, event_date
            )
        current = _apply(current, event_type, event_date, official_date)
    return current, None


def state_after(events, official_date=None):
    """Return the displayed state after ``events`` (None for no history).

    Raises ``InvalidTransition`` on the first event that cannot follow.
    """
    current, problem = replay(events, official_date)
    if problem:
        raise problem
    return current.state


def sorted_history(events):
    """Sort ``(event_type, date, sequence)`` triples into history order and
    return ``(event_type, date)`` pairs (stable on ``sequence``)."""
    return [(e[0], e[1]) for e in sorted(events, key=lambda e: (e[1], e[2]))]


def check_event_types():
    """Return True when every party-age event type has a transition."""
    return set(TRANSITIONS) == set(EVENT_TYPES)
