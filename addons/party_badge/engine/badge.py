# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Huy hiệu Đảng (party badge) eligibility.

Governing texts: Quy định 294-QĐ/TW (2025) on implementing the Charter
(which replaced 232-QĐ/TW) and Hướng dẫn 01-HD/TW (2021), mục 18:

- milestones of 30, 40, 45, ... 90 years of party age (``party_age``),
  awarded on the occasions 3/2, 19/5, 2/9 and 7/11 (both configurable);
- a member reaches milestone M when the party-age anniversary of M falls
  on or before the occasion date (the exact day counts). A missed
  milestone is caught up: the highest milestone reached is proposed,
  provided it is above every milestone already awarded ("không đặt vấn đề
  tặng" a lower badge to someone holding a higher one);
- serious illness: up to 12 months early for 30-65 years, 24 months for
  70-90 years;
- discipline holds the award 6 months after a reprimand, 9 after a
  warning, 12 after a removal from post, counted from the decision date;
  the member is proposed at the first occasion on or after the hold end
  (the branch still confirms the shortcoming was corrected). Expulsion
  (as discipline or in the history) excludes the member;
- a member out of the Party on the occasion date is not proposed. The
  posthumous award (truy tặng) to deceased members is not handled here.

For batch runs build a ``BadgeRules`` once and call ``eligible_members``.
"""

from bisect import bisect_right
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import NamedTuple

from odoo.addons.party_member.engine.discipline import DEFAULT_DISCIPLINE_HOLD_MONTHS
from odoo.addons.party_member.engine.party_age import (
    EXPULSION,
    add_months,
    anniversary_from_periods,
    full_months_between,
    membership_periods,
)

DEFAULT_MILESTONES = (30, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90)
# (month, day): 3/2 founding of the Party, 19/5, 2/9, 7/11
DEFAULT_OCCASIONS = ((2, 3), (5, 19), (9, 2), (11, 7))
# (lowest milestone of the tier, months early) for serious illness
DEFAULT_EARLY_AWARD_MONTHS = ((30, 12), (70, 24))

# Slack for the pre-filters only; exact checks follow.
_SLACK = timedelta(days=3)


@dataclass(frozen=True)
class BadgeRules:
    """Configurable badge rules, normalised once for fast repeated use.

    ``milestones`` in years; ``occasions`` as (month, day) for
    ``next_occasion``; ``early_award_months`` as (lowest milestone of a
    tier, months early); ``discipline_hold_months`` as (form, months).
    """

    milestones: tuple = DEFAULT_MILESTONES
    occasions: tuple = DEFAULT_OCCASIONS
    early_award_months: tuple = DEFAULT_EARLY_AWARD_MONTHS
    discipline_hold_months: tuple = DEFAULT_DISCIPLINE_HOLD_MONTHS
    # Derived, filled by __post_init__
    ascending: tuple = field(init=False, repr=False, compare=False)
    early_by_milestone: dict = field(init=False, repr=False, compare=False)
    max_early: int = field(init=False, repr=False, compare=False)
    holds: dict = field(init=False, repr=False, compare=False)

    def __post_init__(self):
        ascending = tuple(sorted(set(self.milestones)))
        tiers = sorted(self.early_award_months)
        early = {}
        for milestone in ascending:
            months = 0
            for lowest, tier_months in tiers:
                if milestone >= lowest:
                    months = tier_months
            early[milestone] = months
        set_ = object.__setattr__
        set_(self, "ascending", ascending)
        set_(self, "early_by_milestone", early)
        set_(self, "max_early", max(early.values(), default=0))
        set_(self, "holds", dict(self.discipline_hold_months))


DEFAULT_RULES = BadgeRules()


class BadgeCandidate(NamedTuple):
    """One member for ``eligible_members`` (plain tuples in this order work)."""

    member_id: int
    admission_decision_date: date
    events: tuple = ()
    awarded_milestones: tuple = ()
    serious_illness: bool = False
    disciplines: tuple = ()


def occasion_dates(year, occasions=DEFAULT_OCCASIONS):
    """Return the sorted award occasion dates of ``year``."""
    return sorted(date(year, month, day) for month, day in occasions)


def next_occasion(on_date, occasions=DEFAULT_OCCASIONS):
    """Return the first occasion on or after ``on_date``."""
    for occasion in occasion_dates(on_date.year, occasions):
        if occasion >= on_date:
            return occasion
    return occasion_dates(on_date.year + 1, occasions)[0]


def previous_occasion(on_date, occasions=DEFAULT_OCCASIONS):
    """Return the last occasion strictly before ``on_date``."""
    for occasion in reversed(occasion_dates(on_date.year, occasions)):
        if occasion < on_date:
            return occasion
    return occasion_dates(on_date.year - 1, occasions)[-1]


def discipline_hold_end(form, decision_date, rules=DEFAULT_RULES):
    """Return the first day a badge may be awarded after a discipline.

    None for expulsion (never); ``decision_date`` + 6/9/12 months for a
    reprimand, warning or removal from post. Unknown forms raise
    ``ValueError``.
    """
    if form == EXPULSION:
        return None
    months = rules.holds.get(form)
    if months is None:
        raise ValueError(f"unknown discipline form {form!r}")
    return add_months(decision_date, months)


def _held(disciplines, occasion_date, rules):
    """Return True when a discipline forbids or delays the award."""
    holds = rules.holds
    for form, decision_date in disciplines:
        if form == EXPULSION:
            return True
        months = holds.get(form)
        if months is None:
            raise ValueError(f"unknown discipline form {form!r}")
        if decision_date <= occasion_date < add_months(decision_date, months):
            return True
    return False


def _milestone_from_periods(periods, occasion_date, floor, serious_illness, rules):
    """Return the highest milestone above ``floor`` reached, or None."""
    if not periods:
        return None
    last_end = periods[-1][1]
    if last_end is not None and last_end <= occasion_date:
        return None  # out of the Party (or deceased) on the occasion
    ascending = rules.ascending
    early = rules.early_by_milestone
    origin = periods[0][0]
    if not serious_illness:
        if len(periods) == 1:
            # No gap: compare whole months of party age directly.
            reached = full_months_between(origin, occasion_date) // 12
            index = bisect_right(ascending, reached) - 1
            if index < 0 or ascending[index] <= floor:
                return None
            return ascending[index]
        latest = occasion_date
    else:
        latest = add_months(occasion_date, rules.max_early)
    # Upper bound: party age in years on the latest date that may count
    # (a few days of slack absorb month-end clipping).
    bound = full_months_between(origin, latest + _SLACK) // 12
    for index in range(bisect_right(ascending, bound) - 1, -1, -1):
        milestone = ascending[index]
        if milestone <= floor:
            return None
        anniversary = anniversary_from_periods(periods, milestone * 12)
        if anniversary is None:
            continue
        if serious_illness and early[milestone]:
            anniversary = add_months(anniversary, -early[milestone])
        if anniversary <= occasion_date:
            return milestone
    return None


def eligible_milestone(
    admission_decision_date,
    events,
    occasion_date,
    awarded_milestones=(),
    serious_illness=False,
    disciplines=(),
    rules=DEFAULT_RULES,
):
    """Return the milestone to propose at ``occasion_date``, or None.

    ``events`` are ``(event_type, date)`` history events (see
    ``party_age``), ``disciplines`` are ``(form, decision_date)`` pairs,
    ``awarded_milestones`` the milestones already awarded. See the module
    docstring for the rules.
    """
    if not admission_decision_date:
        return None
    periods = membership_periods(admission_decision_date, events, occasion_date)
    if events and any(event_type == EXPULSION for event_type, _day in events):
        return None
    floor = max(awarded_milestones, default=0)
    milestone = _milestone_from_periods(
        periods, occasion_date, floor, serious_illness, rules
    )
    if milestone is None or (disciplines and _held(disciplines, occasion_date, rules)):
        return None
    return milestone


def eligible_members(members, occasion_date, rules=DEFAULT_RULES):
    """Return ``[(member_id, milestone), ...]`` to propose at ``occasion_date``.

    ``members`` is an iterable of ``BadgeCandidate`` or tuples in the same
    order: (member_id, admission_decision_date, events, awarded_milestones,
    serious_illness, disciplines). Order of the input is kept.
    """
    result = []
    append = result.append
    periods_of = membership_periods
    milestone_of = _milestone_from_periods
    lowest = rules.ascending[0] if rules.ascending else None
    if lowest is None:
        return result
    # A member without history events admitted after this date cannot
    # reach the lowest milestone, even with the early award for illness.
    latest_admission = add_months(occasion_date, rules.max_early - lowest * 12) + _SLACK
    for member_id, admitted, events, awarded, ill, disciplines in members:
        if not admitted or (not events and admitted > latest_admission):
            continue
        if events:
            if any(event_type == EXPULSION for event_type, _day in events):
                continue
            periods = periods_of(admitted, events, occasion_date)
        else:
            periods = ((admitted, None),)
        floor = max(awarded) if awarded else 0
        milestone = milestone_of(periods, occasion_date, floor, ill, rules)
        if milestone is None or (
            disciplines and _held(disciplines, occasion_date, rules)
        ):
            continue
        append((member_id, milestone))
    return result
