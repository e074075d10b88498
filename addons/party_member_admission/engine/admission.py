# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Admission checks (phát triển đảng viên).

Governing texts:

- Điều lệ Đảng, Điều 1 and Điều 4; Quy định 294-QĐ/TW (2025, which
  replaced 232-QĐ/TW), point 1.1: age from full 18 to full 60 years,
  counted in months, "at the time the branch reviews the admission";
  point 3.5: readmission allowed once, at least 36 months after leaving,
  with the provincial standing committee's written consent, never for
  those who dropped out of activity, asked to leave (except for family
  hardship), caused serious disunity, or were convicted of corruption or
  of a serious crime. Expulsion itself is not a bar.
- Điều lệ Đảng, Điều 4.2: two introducers, official members who have
  worked with the candidate for at least 12 months.
- Hướng dẫn 12-HD/BTCTW (2022): the dossier (application 1-KNĐ, CV 2-KNĐ,
  introducers 3-KNĐ, union recommendation, residence comments) and the
  party-awareness class certificate, valid 5 years.
- Điều lệ Đảng, Điều 4.3: the branch proposes an admission when at least
  two thirds of its official members agree (``party_member/engine/vote.py``
  holds the vote rules, shared with recognitions and meetings).

Problems are returned as machine keys (``PROBLEM_*`` constants), never as
user-facing text: the Odoo layer translates them.
"""

from odoo.addons.party_member.engine.party_age import (
    DEFAULT_MIN_AGE_YEARS,
    add_months,
    full_months_between,
)

DEFAULT_MAX_AGE_YEARS = 60
DEFAULT_CERTIFICATE_VALIDITY_YEARS = 5
DEFAULT_READMISSION_MIN_MONTHS = 36
DEFAULT_MAX_READMISSIONS = 1
DEFAULT_RECORD_CLEARED_MONTHS = 60

# Dossier items, in the order of the dossier (Hướng dẫn 12-HD/BTCTW)
DOSSIER_APPLICATION = "application_1kn"
DOSSIER_CV = "cv_2kn"
DOSSIER_INTRODUCERS = "introducers_3kn"
DOSSIER_UNION_RECOMMENDATION = "union_recommendation"
DOSSIER_RESIDENCE_COMMENTS = "residence_comments"
DOSSIER_ITEMS = (
    DOSSIER_APPLICATION,
    DOSSIER_CV,
    DOSSIER_INTRODUCERS,
    DOSSIER_UNION_RECOMMENDATION,
    DOSSIER_RESIDENCE_COMMENTS,
)

# Problem keys
PROBLEM_TOO_YOUNG = "too_young"
PROBLEM_TOO_OLD = "too_old"
PROBLEM_NO_BIRTH_DATE = "no_birth_date"
PROBLEM_ALREADY_READMITTED = "already_readmitted"
PROBLEM_READMISSION_TOO_SOON = "readmission_too_soon"
PROBLEM_READMISSION_BEFORE_LEAVING = "readmission_before_leaving"
PROBLEM_READMISSION_BARRED = "readmission_barred"
PROBLEM_READMISSION_RECORD_TOO_RECENT = "readmission_record_too_recent"
PROBLEM_INTRODUCER_MISSING = "introducer_missing"
PROBLEM_INTRODUCER_SAME = "introducer_same"
PROBLEM_INTRODUCER_NOT_OFFICIAL = "introducer_not_official"
PROBLEM_INTRODUCER_TOO_SHORT = "introducer_too_short"

DEFAULT_INTRODUCER_MONTHS = 12
# Why a former member left the Party (Quy định 294-QĐ/TW, point 3.5.2)
EXIT_REASON_DROPPED_OUT = "dropped_out"
EXIT_REASON_FAMILY_HARDSHIP = "family_hardship"
EXIT_REASON_DISUNITY = "disunity"
EXIT_REASON_CORRUPTION = "corruption"
EXIT_REASON_SERIOUS_CRIME = "serious_crime"
EXIT_REASON_OTHER = "other"
EXIT_REASONS = (
    EXIT_REASON_DROPPED_OUT,
    EXIT_REASON_FAMILY_HARDSHIP,
    EXIT_REASON_DISUNITY,
    EXIT_REASON_CORRUPTION,
    EXIT_REASON_SERIOUS_CRIME,
    EXIT_REASON_OTHER,
)
BARRED_EXIT_REASONS = frozenset(
    {
        EXIT_REASON_DROPPED_OUT,
        EXIT_REASON_DISUNITY,
        EXIT_REASON_CORRUPTION,
        EXIT_REASON_SERIOUS_CRIME,
    }
)
LEAVE_EVENT = "leave"
# Events that end a membership and start the wait before readmission.
LEAVING_EVENTS = ("removal", LEAVE_EVENT, "expulsion")
READMISSION_EVENT = "readmission"
# Steps of an admission, in the order they must happen (Quy định 294-QĐ/TW,
# points 3.1 and 4.1): the branch votes, the grassroots committee decides,
# then the ceremony is held.
STEP_VOTE = "vote"
STEP_DECISION = "decision"
STEP_CEREMONY = "ceremony"
STEPS = (STEP_VOTE, STEP_DECISION, STEP_CEREMONY)
PROBLEM_CERTIFICATE_NOT_YET_VALID = "certificate_not_yet_valid"
PROBLEM_CERTIFICATE_EXPIRED = "certificate_expired"


def age_in_months(birth_date, on_date):
    """Return the age in whole months on ``on_date``.

    Someone born 29/02 completes a year on 28/02 of a non-leap year
    (Bộ luật Dân sự 2015, Điều 148).
    """
    return full_months_between(birth_date, on_date)


def check_admission_age(
    birth_date,
    admission_date,
    min_years=DEFAULT_MIN_AGE_YEARS,
    max_years=DEFAULT_MAX_AGE_YEARS,
    over_age_consent=False,
):
    """Return a problem key, or None when the age allows admission.

    Quy định 294-QĐ/TW, point 1.1: "tại thời điểm chi bộ xét kết nạp ...
    từ đủ 18 tuổi đến đủ 60 tuổi (tính theo tháng)": ``admission_date`` is
    the day the branch reviews the candidate (its vote), not the ceremony;
    eligible from 18 years 0 months up to and including 60 years 0 months,
    i.e. ``min_years * 12 <= months <= max_years * 12``. An older candidate
    may be admitted with the written consent of the competent committee
    (provincial level or equivalent, Quy định 294-QĐ/TW, point 1.1):
    ``over_age_consent`` True when that consent is recorded. The minimum
    age has no exception.
    """
    if not birth_date:
        return PROBLEM_NO_BIRTH_DATE
    months = full_months_between(birth_date, admission_date)
    if months < min_years * 12:
        return PROBLEM_TOO_YOUNG
    if months > max_years * 12 and not over_age_consent:
        return PROBLEM_TOO_OLD
    return None


def certificate_expiry(
    certificate_date, validity_years=DEFAULT_CERTIFICATE_VALIDITY_YEARS
):
    """Return the last day the party-awareness certificate is valid.

    The validity ends on the same day and month ``validity_years`` later
    (Hướng dẫn 12-HD/BTCTW; Bộ luật Dân sự 2015, Điều 148).
    """
    return add_months(certificate_date, validity_years * 12)


def certificate_valid(
    certificate_date, on_date, validity_years=DEFAULT_CERTIFICATE_VALIDITY_YEARS
):
    """Return True when the certificate is valid on ``on_date``.

    Valid from its date up to and including the expiry day
    (``certificate_expiry``); False without a certificate date.
    """
    if not certificate_date:
        return False
    return (
        certificate_date
        <= on_date
        <= certificate_expiry(certificate_date, validity_years)
    )


def certificate_problem(
    certificate_date, on_date, validity_years=DEFAULT_CERTIFICATE_VALIDITY_YEARS
):
    """Return a problem key, or None when the certificate is valid on
    ``on_date`` (the ceremony): issued on or before it and at most
    ``validity_years`` old (Hướng dẫn 12-HD/BTCTW). None without a
    certificate date: its absence is a problem of its own stage.

    >>> from datetime import date
    >>> certificate_problem(date(2026, 6, 1), date(2026, 5, 1))
    'certificate_not_yet_valid'
    >>> certificate_problem(date(2020, 6, 1), date(2025, 6, 2))
    'certificate_expired'
    """
    if not certificate_date:
        return None
    if certificate_date > on_date:
        return PROBLEM_CERTIFICATE_NOT_YET_VALID
    if not certificate_valid(certificate_date, on_date, validity_years):
        return PROBLEM_CERTIFICATE_EXPIRED
    return None


def steps_out_of_order(dates):
    """Return ``[(earlier_step, later_step), ...]`` for each pair of dated
    steps (``dates`` maps a step of ``STEPS`` to a date or None) where the
    later step is dated before the earlier one.

    >>> from datetime import date
    >>> steps_out_of_order({STEP_VOTE: date(2026, 8, 20),
    ...                     STEP_DECISION: date(2026, 8, 1),
    ...                     STEP_CEREMONY: None})
    [('vote', 'decision')]
    """
    dated = [(step, dates[step]) for step in STEPS if dates.get(step)]
    return [
        (earlier, later)
        for index, (earlier, earlier_day) in enumerate(dated)
        for later, later_day in dated[index + 1 :]
        if later_day < earlier_day
    ]


def last_exit_and_readmissions(events):
    """Return ``(exit_event, exit_date, readmissions)`` from a member's
    ``events``, ``(event_type, date)`` pairs newest first: the last event
    that ended the membership (``(None, None)`` without one) and the
    number of readmissions so far (Quy định 294-QĐ/TW, point 3.5).
    """
    exits = [(kind, day) for kind, day in events if kind in LEAVING_EVENTS]
    exit_event, exit_date = exits[0] if exits else (None, None)
    return exit_event, exit_date, sum(kind == READMISSION_EVENT for kind, _ in events)


def dossier_missing(checklist, items=DOSSIER_ITEMS):
    """Return the dossier item keys not ticked in ``checklist``, in order.

    ``checklist`` maps item keys (``DOSSIER_ITEMS``) to booleans; an absent
    key counts as missing.
    """
    return [item for item in items if not checklist.get(item)]


def readmission_allowed(
    previous_readmissions,
    left_date,
    readmission_date,
    min_months=DEFAULT_READMISSION_MIN_MONTHS,
    max_readmissions=DEFAULT_MAX_READMISSIONS,
    record_cleared_date=None,
    record_cleared_months=DEFAULT_RECORD_CLEARED_MONTHS,
):
    """Return ``(allowed, problem_key_or_None)`` for a readmission.

    Quy định 294-QĐ/TW, point 3.5: readmission is considered once only, and at least
    ``min_months`` (36) full months after leaving the Party: leaving on
    10/05/2022 allows readmission from 10/05/2025. A former member with a
    criminal conviction (not one of the barred crimes) is considered only
    ``record_cleared_months`` (60) full months after the record was cleared
    (xóa án tích, ``record_cleared_date``).
    """
    if previous_readmissions >= max_readmissions:
        return False, PROBLEM_ALREADY_READMITTED
    if readmission_date < left_date:
        return False, PROBLEM_READMISSION_BEFORE_LEAVING
    if full_months_between(left_date, readmission_date) < min_months:
        return False, PROBLEM_READMISSION_TOO_SOON
    if (
        record_cleared_date
        and full_months_between(record_cleared_date, readmission_date)
        < record_cleared_months
    ):
        return False, PROBLEM_READMISSION_RECORD_TOO_RECENT
    return True, None


def readmission_barred(exit_event, exit_reason):
    """Return ``PROBLEM_READMISSION_BARRED`` or None (294-QĐ/TW, point 3.5.2).

    Barred: dropped out of activity, serious disunity, corruption or a
    serious crime; and anyone who asked to leave (``exit_event`` "leave")
    unless for family hardship. Expulsion or removal is not a bar by itself.
    """
    if exit_reason in BARRED_EXIT_REASONS:
        return PROBLEM_READMISSION_BARRED
    if exit_event == LEAVE_EVENT and exit_reason != EXIT_REASON_FAMILY_HARDSHIP:
        return PROBLEM_READMISSION_BARRED
    return None


def introducer_problems(
    introducers, review_date, required=2, min_months=DEFAULT_INTRODUCER_MONTHS
):
    """Return ``[(problem_key, index), ...]`` for the introducers.

    ``introducers`` is a sequence of ``(member_key, is_official,
    worked_since)``, one per introducer slot (``member_key`` None when the
    slot is empty). Điều lệ Đảng, Điều 4.2: ``required`` distinct official
    members who have worked with the candidate at least ``min_months``
    full months on ``review_date`` (the branch review).
    """
    problems = []
    seen = set()
    for index, (key, is_official, since) in enumerate(introducers[:required]):
        if key is None:
            problems.append((PROBLEM_INTRODUCER_MISSING, index))
            continue
        if key in seen:
            problems.append((PROBLEM_INTRODUCER_SAME, index))
        seen.add(key)
        if not is_official:
            problems.append((PROBLEM_INTRODUCER_NOT_OFFICIAL, index))
        if not since or full_months_between(since, review_date) < min_months:
            problems.append((PROBLEM_INTRODUCER_TOO_SHORT, index))
    for index in range(len(introducers), required):
        problems.append((PROBLEM_INTRODUCER_MISSING, index))
    return problems
