# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""An organisation's grade from its own score, its members' and its
sub-units' grades.

Quy định 366-QĐ/TW grades an organisation on its own results, then bounds
the grade by the quality of what it leads. The rule shipped here (every
figure configurable through ``OrgGradeRule``):

1. Start from the band of the organisation's own score (90 / 70 / 50).
2. Not completed (không hoàn thành) when more than
   ``max_failed_share_completed`` (default 20%) of its graded members did
   not complete their duties, or when more than half of its sub-units did
   not complete theirs.
3. At most "completed" (hoàn thành) when any sub-unit did not complete its
   duties, or when more than ``max_failed_share_good`` (default 10%) of
   its members did not complete theirs.
4. At most "good" (hoàn thành tốt) for excellence unless every sub-unit is
   graded good or better and no member (``max_failed_share_excellent``,
   default 0%) failed to complete their duties.
5. A disciplined organisation (knock-out) is not completed.

>>> org_grade(95, ["excellent"] * 9 + ["good"], ["good", "excellent"]).grade
'excellent'
>>> org_grade(95, ["excellent"] * 8 + ["not_completed"] * 2, []).grade
'completed'
>>> org_grade(95, ["good"] * 8, ["good", "not_completed"]).reasons
['sub_unit_not_completed']
"""

from dataclasses import dataclass
from typing import NamedTuple

from .grading import (
    COMPLETED,
    DEFAULT_BANDS,
    EXCELLENT,
    GOOD,
    GRADE_RANK,
    NOT_COMPLETED,
    grade_for_score,
)

REASON_KNOCKOUT = "knockout"
REASON_MEMBERS_FAILED = "members_failed"
REASON_SUB_UNITS_FAILED = "sub_units_failed"
REASON_SUB_UNIT_NOT_COMPLETED = "sub_unit_not_completed"
REASON_SUB_UNIT_BELOW_GOOD = "sub_unit_below_good"


@dataclass(frozen=True)
class OrgGradeRule:
    max_failed_share_excellent: float = 0.0
    max_failed_share_good: float = 0.10
    max_failed_share_completed: float = 0.20
    max_failed_sub_unit_share: float = 0.5


DEFAULT_RULE = OrgGradeRule()


class OrgGrade(NamedTuple):
    grade: str
    score_grade: str
    reasons: list
    failed_share: float


def org_grade(
    score,
    member_grades,
    sub_unit_grades,
    knockout=False,
    rule=DEFAULT_RULE,
    bands=DEFAULT_BANDS,
):
    """Grade an organisation; ``reasons`` lists why the grade was capped."""
    score_grade = grade_for_score(score, bands)
    member_grades = [grade for grade in member_grades if grade]
    sub_unit_grades = [grade for grade in sub_unit_grades if grade]
    failed = member_grades.count(NOT_COMPLETED)
    failed_share = failed / len(member_grades) if member_grades else 0.0
    failed_units = sub_unit_grades.count(NOT_COMPLETED)
    caps = []
    if knockout:
        caps.append((NOT_COMPLETED, REASON_KNOCKOUT))
    if failed_share > rule.max_failed_share_completed:
        caps.append((NOT_COMPLETED, REASON_MEMBERS_FAILED))
    elif failed_share > rule.max_failed_share_good:
        caps.append((COMPLETED, REASON_MEMBERS_FAILED))
    elif failed_share > rule.max_failed_share_excellent:
        caps.append((GOOD, REASON_MEMBERS_FAILED))
    if (
        sub_unit_grades
        and failed_units / len(sub_unit_grades) > rule.max_failed_sub_unit_share
    ):
        caps.append((NOT_COMPLETED, REASON_SUB_UNITS_FAILED))
    elif failed_units:
        caps.append((COMPLETED, REASON_SUB_UNIT_NOT_COMPLETED))
    elif any(GRADE_RANK[grade] < GRADE_RANK[GOOD] for grade in sub_unit_grades):
        caps.append((GOOD, REASON_SUB_UNIT_BELOW_GOOD))
    grade = score_grade
    reasons = []
    for cap, reason in caps:
        if GRADE_RANK[cap] < GRADE_RANK[score_grade]:
            reasons.append(reason)
            if GRADE_RANK[cap] < GRADE_RANK[grade]:
                grade = cap
    return OrgGrade(grade, score_grade, reasons, round(failed_share, 4))


__all__ = ["EXCELLENT", "OrgGradeRule", "org_grade"]
