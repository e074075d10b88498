# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The messages of the admission engine's problem keys
(``engine.admission.PROBLEM_*``): one catalogue, English msgids translated in
``vi.po``; ``env._(ADMISSION_MESSAGES[key]) % params`` gives the user's
language. The parameters each message takes are named in it."""

from odoo.tools.translate import LazyTranslate

from ..engine import admission

# Lazy msgids, translated when a caller formats them: env._(MESSAGE).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

READMISSION_TOO_SOON = _lt(
    "%(member)s left on %(left)s: readmission needs at least 36 months after "
    "leaving (Quy định 294-QĐ/TW, point 3.5)."
)
ADMISSION_MESSAGES = {
    # Age on the branch review: date, years, months.
    admission.PROBLEM_NO_BIRTH_DATE: _lt("The birth date is missing."),
    admission.PROBLEM_TOO_YOUNG: _lt(
        "On %(date)s the candidate is %(years)s years %(months)s months old at the "
        "branch review: admission requires 18 to 60 years, counted in months (Quy "
        "định 294-QĐ/TW, point 1.1)."
    ),
    admission.PROBLEM_TOO_OLD: _lt(
        "On %(date)s the candidate is %(years)s years %(months)s months old at the "
        "branch review: a candidate older than 60 is admitted only with the written "
        "consent of the competent committee (provincial level or equivalent); "
        "record its number and date (Quy định 294-QĐ/TW, point 1.1)."
    ),
    # Awareness certificate: cert, date.
    admission.PROBLEM_CERTIFICATE_NOT_YET_VALID: _lt(
        "The awareness certificate of %(cert)s is not yet valid on %(date)s: it is "
        "dated after that day (Hướng dẫn 12-HD/BTCTW)."
    ),
    admission.PROBLEM_CERTIFICATE_EXPIRED: _lt(
        "The awareness certificate of %(cert)s is no longer valid on %(date)s: it "
        "is valid 5 years (Hướng dẫn 12-HD/BTCTW)."
    ),
    # Introducers: number, name.
    admission.PROBLEM_INTRODUCER_MISSING: _lt(
        "Introducer %(number)s is missing: two official members introduce the "
        "candidate (Điều lệ Đảng, Điều 4.2)."
    ),
    admission.PROBLEM_INTRODUCER_SAME: _lt(
        "The two introducers must be different members."
    ),
    admission.PROBLEM_INTRODUCER_NOT_OFFICIAL: _lt(
        "Introducer %(number)s (%(name)s) is not an official member on the review "
        "date (Điều lệ Đảng, Điều 4.2)."
    ),
    admission.PROBLEM_INTRODUCER_TOO_SHORT: _lt(
        "Introducer %(number)s (%(name)s) has not worked with the candidate for 12 "
        "months on the review date: record the start of working together (Điều lệ "
        "Đảng, Điều 4.2)."
    ),
    # Readmission: member, left, cleared.
    admission.PROBLEM_ALREADY_READMITTED: _lt(
        "%(member)s was already readmitted once: readmission is allowed only once "
        "(Quy định 294-QĐ/TW, point 3.5)."
    ),
    admission.PROBLEM_READMISSION_RECORD_TOO_RECENT: _lt(
        "The criminal record of %(member)s was cleared on %(cleared)s: readmission "
        "is considered only 60 months after the record is cleared (Quy định "
        "294-QĐ/TW, point 3.5)."
    ),
    admission.PROBLEM_READMISSION_TOO_SOON: READMISSION_TOO_SOON,
    admission.PROBLEM_READMISSION_BEFORE_LEAVING: READMISSION_TOO_SOON,
}
