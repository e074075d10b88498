# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Member lifecycle deadlines: probation, recognition, transfers.

Governing texts:

- Điều lệ Đảng, Điều 5.1: probation lasts twelve months from the admission
  ceremony (ngày chi bộ tổ chức lễ kết nạp).
- Quy định 294-QĐ/TW (in force 1/7/2025, replacing 232-QĐ/TW), point 4.2,
  and Hướng dẫn 12-HD/BTCTW: the branch votes on recognition only after the
  12 months end, within 30 working days; a member recognised late is still
  official "at the moment the 12 months of probation end", so the
  recognition date is the ceremony date plus 12 months (ceremony 15/03/2025
  -> official 15/03/2026). Recognition needs two thirds of the official
  members, and so does the proposal to remove a probationer who is not
  recognised; after three votes that reach two thirds neither way the case
  goes to the committee above (báo cáo cấp ủy cấp trên trực tiếp). The home
  branch votes on a temporarily transferred probationer.
- Quy định 294-QĐ/TW: an official transfer within 60 working days of a job
  change or move; the referral is presented to the receiving committee
  within 30 working days (point 6.3.1.c); temporary transfer for absences
  of 3 months to under 1 year, or 3 months to 2 years for study.

Working days come from ``odoo.addons.party_org.tools.working_days``, the
one shared implementation (Monday to Friday minus the company's holidays).
"""

from odoo.addons.party_org.tools.working_days import (  # noqa: F401 (re-exported)
    WORKING_WEEKDAYS,
    add_working_days,
    count_working_days,
)

from .party_age import add_months

PROBATION_MONTHS = 12
RECOGNITION_VOTE_WORKING_DAYS = 30
TRANSFER_WORKING_DAYS = 60
REFERRAL_WORKING_DAYS = 30
TEMPORARY_TRANSFER_MIN_MONTHS = 3
TEMPORARY_TRANSFER_MAX_MONTHS = 12  # exclusive: "under one year"
STUDY_TRANSFER_MAX_MONTHS = 24  # inclusive: "up to two years"

# Recognition vote outcomes (Quy định 294-QĐ/TW, point 4.2)
OUTCOME_RECOGNISE = "recognise"
OUTCOME_REMOVE = "remove"
OUTCOME_INCONCLUSIVE = "inconclusive"
MAX_INCONCLUSIVE_VOTES = 3

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


def recognition_vote_deadline(
    probation_end_date, working_days=RECOGNITION_VOTE_WORKING_DAYS, holidays=()
):
    """Return the last day for the branch to vote on recognition.

    30 working days after the probation ends (Quy định 294-QĐ/TW, 4.2).
    """
    return add_working_days(probation_end_date, working_days, holidays)


def transfer_deadline(job_change_date, working_days=TRANSFER_WORKING_DAYS, holidays=()):
    """Return the last day to request the official transfer.

    60 working days after the job change or move (Quy định 294-QĐ/TW).
    """
    return add_working_days(job_change_date, working_days, holidays)


def referral_deadline(referral_date, working_days=REFERRAL_WORKING_DAYS, holidays=()):
    """Return the last day to present the referral to the receiving committee.

    30 working days after the referral is issued: "trong vòng 30 ngày làm
    việc" (Quy định 294-QĐ/TW, point 6.3.1.c, as QĐ 29 before it).
    """
    return add_working_days(referral_date, working_days, holidays)


def temporary_transfer_allowed(start, end, for_study=False):
    """Return ``(allowed, problem_key_or_None)`` for a temporary transfer.

    Quy định 294-QĐ/TW: an absence of at least 3 months and under 1 year
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


def recognition_vote_outcome(votes_for, votes_against, base):
    """Return the outcome of a branch vote on a probationer.

    Two thirds of the official members (``base``) recognise; two thirds
    are also needed to propose removal; anything else is inconclusive
    (Quy định 294-QĐ/TW, point 4.2). 9 members: 6 for -> recognise,
    6 against -> remove, 5/4 or 5/0 -> inconclusive.
    """
    if base <= 0:
        return OUTCOME_INCONCLUSIVE
    if 3 * votes_for >= 2 * base:
        return OUTCOME_RECOGNISE
    if 3 * votes_against >= 2 * base:
        return OUTCOME_REMOVE
    return OUTCOME_INCONCLUSIVE


def recognition_vote_allowed(vote_date, probation_end_date):
    """The branch votes only once the 12 months have ended, i.e. on or after
    the probation end date (Quy định 294-QĐ/TW, point 4.2)."""
    return bool(probation_end_date) and vote_date >= probation_end_date


def escalates(inconclusive_votes):
    """After three votes reaching two thirds neither way, the case goes to
    the committee above (Quy định 294-QĐ/TW, point 4.2)."""
    return inconclusive_votes >= MAX_INCONCLUSIVE_VOTES


def completed_late(done_date, *deadlines):
    """A transfer completed after any of its deadlines is late."""
    return bool(done_date) and any(d and done_date > d for d in deadlines)
