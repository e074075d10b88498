# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Discipline forms and how long each holds a member back.

A reprimand, a warning and a removal from post hold the member 6, 9 and 12
months after the decision (Hướng dẫn 01-HD/TW): they may not leave at their
own request meanwhile, and a badge waits for the end of the hold.
Expulsion ends membership (``party_age.EXPULSION``).
"""

from .party_age import EXPULSION

REPRIMAND = "reprimand"
WARNING = "warning"
REMOVAL_FROM_POST = "removal_from_post"
DISCIPLINE_FORMS = (REPRIMAND, WARNING, REMOVAL_FROM_POST, EXPULSION)
DEFAULT_DISCIPLINE_HOLD_MONTHS = ((REPRIMAND, 6), (WARNING, 9), (REMOVAL_FROM_POST, 12))
