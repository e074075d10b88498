# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Annual quality review (đánh giá, xếp loại chất lượng), Quy định 366-QĐ/TW.

A review scores 0-100 and maps to four grades by bands (default 90 / 70 /
50). Knock-outs force "không hoàn thành nhiệm vụ" whatever the score:
discipline in the year, fewer than half of the targets met.

>>> grade_for_score(92)
'excellent'
>>> grade_for_score(89.5)
'good'
>>> final_grade(95, knockouts(disciplined=True))
'not_completed'
"""

from typing import NamedTuple

EXCELLENT = "excellent"  # Hoàn thành xuất sắc nhiệm vụ
GOOD = "good"  # Hoàn thành tốt nhiệm vụ
COMPLETED = "completed"  # Hoàn thành nhiệm vụ
NOT_COMPLETED = "not_completed"  # Không hoàn thành nhiệm vụ
GRADES = (EXCELLENT, GOOD, COMPLETED, NOT_COMPLETED)
# Higher rank is better; used to compare and cap grades.
GRADE_RANK = {NOT_COMPLETED: 0, COMPLETED: 1, GOOD: 2, EXCELLENT: 3}

DEFAULT_BANDS = (90.0, 70.0, 50.0)
DEFAULT_QUOTA_RATIO = 0.20

KNOCKOUT_DISCIPLINE = "discipline"
KNOCKOUT_TARGETS = "targets"

# Default criteria (DOMAIN §4, Quy định 366-QĐ/TW): code, maximum points.
DEFAULT_CRITERIA = (
    ("politics", "Political ideology, ethics, lifestyle and discipline", 30),
    ("duties", "Performance of assigned duties and targets", 50),
    ("party_life", "Party activities, meetings and fees", 20),
)


def grade_for_score(score, bands=DEFAULT_BANDS):
    """The grade of a score on the 100-point scale."""
    excellent, good, completed = bands
    if score is None:
        return NOT_COMPLETED
    if score >= excellent:
        return EXCELLENT
    if score >= good:
        return GOOD
    if score >= completed:
        return COMPLETED
    return NOT_COMPLETED


def knockouts(disciplined=False, targets_met=None, targets_total=None):
    """The knock-outs that apply: discipline in the year; fewer than half of
    the targets met (only when targets were set)."""
    found = []
    if disciplined:
        found.append(KNOCKOUT_DISCIPLINE)
    if targets_total and (targets_met or 0) * 2 < targets_total:
        found.append(KNOCKOUT_TARGETS)
    return found


def final_grade(score, knockout_list=(), bands=DEFAULT_BANDS):
    """The score's grade, or not_completed when any knock-out applies."""
    if knockout_list:
        return NOT_COMPLETED
    return grade_for_score(score, bands)


def min_grade(*grades):
    """The worst of the grades given (ignores empty values)."""
    grades = [grade for grade in grades if grade]
    return min(grades, key=GRADE_RANK.__getitem__) if grades else False


class QuotaResult(NamedTuple):
    ok: bool
    excellent: int
    good: int
    allowed: int
    ratio: float


def check_quota(grades, ratio=DEFAULT_QUOTA_RATIO):
    """Members graded excellent may be at most ``ratio`` of those graded good
    in a grassroots organisation (Quy định 366-QĐ/TW, configurable).

    >>> check_quota(["good"] * 10 + ["excellent"] * 2)
    QuotaResult(ok=True, excellent=2, good=10, allowed=2, ratio=0.2)
    >>> check_quota(["good"] * 9 + ["excellent"] * 2).ok
    False
    """
    grades = list(grades)
    excellent = grades.count(EXCELLENT)
    good = grades.count(GOOD)
    # A small epsilon keeps 10 * 0.2 == 2 exact despite binary floats.
    allowed = int(good * ratio + 1e-9)
    return QuotaResult(excellent <= allowed, excellent, good, allowed, ratio)


class QuotaSplit(NamedTuple):
    fit: list
    over: list
    tied: bool
    quota: QuotaResult


def split_excellent(counted, candidates, ratio=DEFAULT_QUOTA_RATIO):
    """Which excellent proposals fit the quota (Quy định 366-QĐ/TW).

    ``counted`` are the grades that already count in the organisation
    (approved reviews, proposals that are not excellent, the batch's other
    grades); ``candidates`` are ``(key, points)`` of the excellent proposals
    being approved. The free places go to the most points first. When
    proposals with equal points compete for the last place, none of them
    gets it: the level above chooses. One proposal over the quota never
    holds up the others.

    >>> split_excellent(["good"] * 10, [("a", 95), ("b", 97), ("c", 92)])
    QuotaSplit(fit=['b', 'a'], over=['c'], tied=False, quota=QuotaResult(ok=False, excellent=3, good=10, allowed=2, ratio=0.2))
    >>> split_excellent(["good"] * 5, [("a", 95), ("b", 95)])[:3]
    ([], ['a', 'b'], True)
    """  # noqa: E501
    counted = list(counted)
    quota = check_quota(counted + [EXCELLENT] * len(candidates), ratio)
    free = max(0, quota.allowed - counted.count(EXCELLENT))
    ranked = sorted(candidates, key=lambda candidate: -candidate[1])
    cut = min(free, len(ranked))
    tied = 0 < cut < len(ranked) and ranked[cut - 1][1] == ranked[cut][1]
    if tied:
        limit = ranked[cut][1]
        cut = sum(1 for _key, points in ranked if points > limit)
    return QuotaSplit(
        [key for key, _p in ranked[:cut]],
        [key for key, _p in ranked[cut:]],
        tied,
        quota,
    )
