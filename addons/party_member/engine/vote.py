# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Branch votes: the majorities and the base a vote is counted on.

Governing texts:

- Điều lệ Đảng, Điều 4.3 and Điều 5.2: the branch proposes an admission,
  and a recognition as official member, when at least two thirds of its
  official members agree.
- Điều lệ Đảng, Điều 10: other resolutions need more than half.
- Quy định 294-QĐ/TW: the base is the official members in activity, plus
  the exempt official members who attend.

Used by the admission pipeline, the recognition wizard and the meetings.
"""


def has_majority(votes_for, official_members):
    """Return True when ``votes_for`` is more than half of the official members.

    Điều lệ Đảng, Điều 10: a resolution is valid when more than half of
    the members of the body agree; the base is the branch's official
    members, not those present.
    """
    return official_members > 0 and votes_for * 2 > official_members


def two_thirds_majority(votes_for, official_members):
    """Return True when ``votes_for`` is at least two thirds of official members.

    Điều lệ Đảng, Điều 4.3 (admission) and Điều 5.2 (recognition as an
    official member, voted "as for admission"); integer arithmetic, so
    6 of 9 passes and 5 of 8 does not.
    """
    return official_members > 0 and votes_for * 3 >= official_members * 2


def vote_base(official_members, exempt_members=0, exempt_attending=0):
    """Return the base of a branch vote on its day (Điều lệ Đảng, Điều 10;
    Quy định 294-QĐ/TW): the official members in activity (temporarily
    transferred members excluded, those of the cell's party groups
    included), plus the exempt official members who attend."""
    return official_members + max(0, min(exempt_attending or 0, exempt_members))
