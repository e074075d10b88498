# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The messages of the 7-HSĐV sheet engine's error keys
(``engine.member_sheet.ERROR_*``): one catalogue, English msgids translated
in ``vi.po``. The identifier checks reuse the member's own messages
(``party_member.models.identity_messages``), so the import and the member
constraint say the same thing.

Every message is formatted with the same parameters: ``column``, ``value``,
``number`` (the value again, for the identity messages), ``other_row`` and
``expected``.
"""

from odoo.tools.translate import LazyTranslate

from odoo.addons.party_member.engine import identity
from odoo.addons.party_member.models.identity_messages import IDENTITY_MESSAGES

from ..engine import member_sheet as sheet

# Lazy msgids, translated when a caller formats them: env._(MESSAGE).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

SHEET_MESSAGES = {
    sheet.ERROR_REQUIRED: _lt("%(column)s is required."),
    sheet.ERROR_DATE: _lt("%(column)s: %(value)s is not a date (dd/mm/yyyy)."),
    sheet.ERROR_DATE_FUTURE: _lt("%(column)s: %(value)s is in the future."),
    sheet.ERROR_SEX: _lt("Sex %(value)s must be one of: %(expected)s."),
    sheet.ERROR_THEORY: _lt("Political theory %(value)s must be one of: %(expected)s."),
    sheet.ERROR_CITIZEN_ID_DIGITS: _lt(
        "Citizen ID %(value)s holds full-width or other non-ASCII digits: "
        "type its 12 digits with 0-9."
    ),
    sheet.ERROR_ADMISSION_MISSING: _lt(
        "The admission date or the admission decision date is required."
    ),
    sheet.ERROR_TOO_YOUNG: _lt(
        "Admission on %(value)s is before the age of 18 (Điều lệ Đảng, Điều "
        "1, counted in months)."
    ),
    sheet.ERROR_CEREMONY_BEFORE_DECISION: _lt(
        "The admission date %(value)s is before the admission decision date."
    ),
    sheet.ERROR_OFFICIAL_BEFORE_ADMISSION: _lt(
        "The official date %(value)s is not after the admission."
    ),
    sheet.ERROR_OFFICIAL_NOT_AFTER_PROBATION: _lt(
        "The official date %(value)s is not 12 months after the admission "
        "ceremony: the probation ends on %(expected)s (Điều lệ Đảng, Điều 5; "
        "Quy định 294-QĐ/TW, 4.2)."
    ),
    sheet.ERROR_SAME_PERSON_IN_FILE: _lt(
        "%(value)s already appears on row %(other_row)s (same name and birth "
        "date): one person, one row."
    ),
    sheet.ERROR_SAME_PERSON_IN_DB: _lt(
        "%(value)s is already a member of this party cell (same name and "
        "birth date, or admission date without one); a record without a "
        "citizen ID is not imported twice."
    ),
    sheet.ERROR_DUPLICATE_IN_FILE: _lt(
        "%(column)s %(value)s already appears on row %(other_row)s."
    ),
    sheet.ERROR_DUPLICATE_IN_DB: _lt(
        "%(column)s %(value)s is already used by a member in the database."
    ),
    sheet.ERROR_UNKNOWN_ORGANIZATION: _lt("No party cell %(value)s in this company."),
    sheet.ERROR_AMBIGUOUS_ORGANIZATION: _lt(
        "Several party cells are named %(value)s: write the code or the full " "name."
    ),
    sheet.ERROR_NOT_A_CELL: _lt("%(value)s is not a party cell or party group."),
    sheet.ERROR_UNKNOWN_ETHNICITY: _lt(
        "Unknown ethnic group %(value)s (official list of 54 groups)."
    ),
    sheet.ERROR_UNKNOWN_RELIGION: _lt("Unknown religion %(value)s."),
    sheet.ERROR_UNKNOWN_EMPLOYEE: _lt(
        "No employee with the code %(value)s: tick “Create Employees” to " "create one."
    ),
    sheet.ERROR_EMPLOYEE_TAKEN: _lt(
        "The employee %(value)s already has a party member record."
    ),
    sheet.ERROR_CITIZEN_ID_FORMAT: IDENTITY_MESSAGES[
        identity.PROBLEM_CITIZEN_ID_FORMAT
    ],
    sheet.ERROR_CITIZEN_ID_PROVINCE: IDENTITY_MESSAGES[
        identity.PROBLEM_CITIZEN_ID_PROVINCE
    ],
    sheet.ERROR_CITIZEN_ID_BIRTH: IDENTITY_MESSAGES[identity.PROBLEM_CITIZEN_ID_BIRTH],
    sheet.ERROR_FILE_NUMBER: IDENTITY_MESSAGES[identity.PROBLEM_FILE_NUMBER_FORMAT],
}
# The values a cell may hold, named in the message of its error.
ALLOWED_VALUES = {
    sheet.ERROR_SEX: ", ".join(sheet.SEX_LABELS.values()),
    sheet.ERROR_THEORY: ", ".join(
        label for key, label in sheet.THEORY_LABELS.items() if key != "none"
    ),
}
