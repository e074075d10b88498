# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Random valid member histories with their expected membership, for the
property tests of the membership timeline.

The simulator walks a member through admissions, recognitions, moves
between cells, temporary transfers (inside the enterprise or outside),
exemptions, exits, readmissions, deaths and stays of members hosted from
another committee. It tracks the truth itself (home cell, status, grade,
host), without the engine, and records where the member is after each
day: ``History.places_on(day)`` is the expected answer of the timeline.
"""

from dataclasses import dataclass, field
from datetime import timedelta

REGISTERED = frozenset({"active", "exempt", "away"})
IN_ACTIVITY = frozenset({"active", "exempt", "hosted"})


@dataclass
class History:
    events: list = field(default_factory=list)  # (type, date, to_org or None)
    official_date: object = None
    # (day, {(org, kind)}, grade): the situation at the end of ``day``
    snapshots: list = field(default_factory=list)

    def places_on(self, day):
        """``({(org, kind)}, grade)`` at the end of ``day``."""
        situation = (frozenset(), None)
        for snapshot_day, places, grade in self.snapshots:
            if snapshot_day > day:
                break
            situation = (places, grade)
        return situation

    def registered_on(self, day):
        """``(org, grade)`` where registered on ``day``, or None."""
        places, grade = self.places_on(day)
        for org, kind in places:
            if kind in REGISTERED:
                return org, grade, kind
        return None


class _Walker:
    def __init__(self, rng, cells, start, end):
        self.rng = rng
        self.cells = cells
        self.end = end
        self.day = start
        self.history = History()
        self.status = None
        self.grade = None
        self.home = self.host = None
        self.admitted_on = None
        self.readmitted = False

    def event(self, event_type, to_org=None):
        self.history.events.append((event_type, self.day, to_org))

    def settle(self):
        places = set()
        if self.status == "active":
            places.add((self.home, "active"))
        elif self.status == "exempt":
            places.add((self.home, "exempt"))
        elif self.status == "temp":
            places.add((self.home, "away"))
            if self.host:
                places.add((self.host, "hosted"))
        elif self.status == "hosted":
            places.add((self.home, "hosted"))
        self.history.snapshots.append((self.day, frozenset(places), self.grade))

    def other_cell(self):
        return self.rng.choice([c for c in self.cells if c != self.home])

    def admit(self, event_type="admission"):
        self.home = self.rng.choice(self.cells)
        self.event(event_type, self.home)
        self.status, self.grade, self.admitted_on = "active", "probationary", self.day

    def step(self):
        """Apply one random event allowed in the current status."""
        rng, status = self.rng, self.status
        can_recognise = (
            self.grade == "probationary"
            and status in ("active", "temp", "hosted")
            and self.admitted_on is not None
            and self.day >= self.admitted_on + timedelta(days=366)
        )
        if can_recognise and rng.random() < 0.7:
            self.event("official_recognition")
            self.grade = "official"
            if self.history.official_date is None:
                self.history.official_date = self.day
            return
        step = getattr(self, f"_step_{status}", None)
        if step:
            step(rng.random())

    def _step_active(self, choice):
        if choice < 0.25:
            new = self.other_cell()
            self.event("transfer_out", new)
            self.event("transfer_in", new)
            self.home = new
        elif choice < 0.35:
            self.event("transfer_out")
            self.status, self.home = "out", None
        elif choice < 0.55:
            self.host = self.other_cell() if self.rng.random() < 0.6 else None
            self.event("temporary_transfer_out", self.host)
            self.status = "temp"
        elif choice < 0.7:
            self.event("exemption")
            self.status = "exempt"
        elif choice < 0.8:
            self.event(self.rng.choice(("removal", "expulsion", "leave")))
            self.status = "gone"
        elif choice < 0.83:
            self.event("death")
            self.status = "dead"
        elif choice < 0.88:
            self.event("lost_contact")
            self.status = "lost"

    def _step_lost(self, choice):
        if choice < 0.6:
            self.event("contact_restored")
            self.status = "active"
        elif choice < 0.8:
            self.event("removal")
            self.status = "gone"

    def _step_temp(self, choice):
        self.event("temporary_return")
        self.status, self.host = "active", None

    def _step_exempt(self, choice):
        if choice < 0.7:
            self.event("exemption_end")
            self.status = "active"
        elif choice < 0.85:
            self.event("removal")
            self.status = "gone"
        else:
            self.event("death")
            self.status = "dead"

    def _step_out(self, choice):
        self.home = self.rng.choice(self.cells)
        self.event("transfer_in", self.home)
        self.status = "active"

    def _step_gone(self, choice):
        if not self.readmitted and choice < 0.5:
            self.readmitted = True
            self.admit("readmission")

    def _step_hosted(self, choice):
        if choice < 0.6:
            self.event("temporary_departure")
            self.status = "hosting_ended"
        elif choice < 0.8:
            self.event("transfer_in", self.home)
            self.status = "active"
        else:
            self.event("death")
            self.status = "dead"

    def _step_hosting_ended(self, choice):
        if choice < 0.5:
            self.home = self.rng.choice(self.cells)
            self.event("temporary_arrival", self.home)
            self.status = "hosted"

    def walk(self):
        if self.rng.random() < 0.12:
            # A member of another committee, hosted here for a while.
            official = self.rng.random() < 0.7
            if official:
                self.history.official_date = self.day - timedelta(days=500)
            self.home = self.rng.choice(self.cells)
            self.event("temporary_arrival", self.home)
            self.status = "hosted"
            self.grade = "official" if official else "probationary"
            self.admitted_on = None if official else self.day
        else:
            self.admit()
        self.settle()
        while self.status != "dead":
            self.day += timedelta(days=self.rng.randrange(20, 500))
            if self.day >= self.end:
                break
            self.step()
            self.settle()
        return self.history


def random_history(rng, cells, start, end):
    """Return a random valid ``History`` starting between ``start`` and
    about five years later, with no event on or after ``end``."""
    first = start + timedelta(days=rng.randrange(0, 1800))
    return _Walker(rng, cells, first, end).walk()


def sample_days(rng, histories, count):
    """Days worth checking: event days, the days before them, and random
    days over the whole span."""
    days = set()
    for history in histories:
        for _type, day, _org in history.events:
            days.add(day)
            days.add(day - timedelta(days=1))
    days = sorted(days)
    return sorted(set(rng.sample(days, min(count, len(days)))))
