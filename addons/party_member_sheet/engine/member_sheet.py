# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member list layout (sổ danh sách đảng viên, mẫu 7-HSĐV).

The columns are defined once here and used by the template, the import and
the export. ``parse_row`` turns the raw cells of one row into member values
and a list of ``RowError`` (machine keys; the Odoo layer writes the
message in the user's language). References (cell, ethnicity, religion, employee) stay
text here: the model resolves them in bulk.

Governing texts: Hướng dẫn 12-HD/BTCTW (2022) for the party records and
the member list 7-HSĐV; Điều lệ Đảng, Điều 1 and Quy định 294-QĐ/TW for
the admission age (full 18 years, counted in months); Điều lệ Đảng, Điều 5
and Quy định 294-QĐ/TW, point 4.2, for the official date (the end of the
12 months of probation from the ceremony); Thông tư 59/2021/TT-BCA for the
citizen ID (12 digits 0-9). Vietnamese text is stored in Unicode NFC, the
form users type and search in (``identity.nfc``).
"""

import re
import unicodedata
from collections import namedtuple
from datetime import date, datetime, timedelta

from odoo.addons.party_member.engine import identity
from odoo.addons.party_member.engine.party_age import (
    DEFAULT_MIN_AGE_YEARS,
    add_months,
    full_months_between,
)

# Kinds of cell
KIND_SEQ = "seq"
KIND_TEXT = "text"
KIND_DATE = "date"
KIND_SEX = "sex"
KIND_CITIZEN_ID = "citizen_id"
KIND_FILE_NUMBER = "file_number"
KIND_THEORY = "theory"

Column = namedtuple(
    "Column", "key header header_en kind width required restricted aliases"
)


def _col(
    key,
    header,
    header_en,
    kind=KIND_TEXT,
    width=14,
    required=False,
    restricted=False,
    aliases=(),
):
    return Column(key, header, header_en, kind, width, required, restricted, aliases)


COLUMNS = (
    _col("seq", "STT", "No.", KIND_SEQ, 6),
    _col(
        "name",
        "Họ và tên (theo CCCD)",
        "Full name (as on citizen ID)",
        width=28,
        required=True,
        aliases=("Họ và tên", "Họ tên", "Full name"),
    ),
    _col("birth_date", "Ngày sinh", "Birth date", KIND_DATE, 12),
    _col("sex", "Giới tính", "Sex", KIND_SEX, 9),
    _col("ethnicity", "Dân tộc", "Ethnicity", restricted=True, width=12),
    _col("religion", "Tôn giáo", "Religion", restricted=True, width=12),
    _col("hometown", "Quê quán", "Hometown", width=30),
    _col(
        "citizen_id",
        "Số CCCD",
        "Citizen ID",
        KIND_CITIZEN_ID,
        15,
        restricted=True,
        aliases=("Số căn cước công dân", "CCCD"),
    ),
    _col("file_number", "Số lý lịch", "File number", KIND_FILE_NUMBER, 12),
    _col(
        "admission_date",
        "Ngày vào Đảng",
        "Admission date",
        KIND_DATE,
        13,
        aliases=("Ngày kết nạp",),
    ),
    _col(
        "admission_decision_date",
        "Ngày quyết định kết nạp",
        "Admission decision date",
        KIND_DATE,
        13,
    ),
    _col("official_date", "Ngày chính thức", "Official date", KIND_DATE, 13),
    _col("organization", "Chi bộ", "Party cell", width=28, required=True),
    _col(
        "professional_qualification",
        "Trình độ chuyên môn",
        "Professional qualification",
        width=20,
    ),
    _col(
        "political_theory_level",
        "Lý luận chính trị",
        "Political theory",
        KIND_THEORY,
        14,
    ),
    _col(
        "occupation",
        "Nghề nghiệp, chức vụ",
        "Occupation and position",
        width=26,
        aliases=("Nghề nghiệp/chức vụ", "Nghề nghiệp"),
    ),
    _col("employee_code", "Mã nhân viên", "Employee code", width=13),
    _col("note", "Ghi chú", "Note", width=25),
)
COLUMN_BY_KEY = {column.key: column for column in COLUMNS}
RESTRICTED_KEYS = tuple(c.key for c in COLUMNS if c.restricted)
TITLE = "SỔ DANH SÁCH ĐẢNG VIÊN"
FORM_CODE = "Mẫu 7-HSĐV"
# Rows whose STT cell holds this marker are examples and are skipped.
EXAMPLE_MARKER = "VD"
HEADER_SCAN_ROWS = 15

SEX_LABELS = {identity.MALE: "Nam", identity.FEMALE: "Nữ"}
SEX_ALIASES = {
    "nam": identity.MALE,
    "male": identity.MALE,
    "m": identity.MALE,
    "nữ": identity.FEMALE,
    "nu": identity.FEMALE,
    "female": identity.FEMALE,
    "f": identity.FEMALE,
}
THEORY_LABELS = {
    "none": "Không",
    "elementary": "Sơ cấp",
    "intermediate": "Trung cấp",
    "advanced": "Cao cấp",
    "bachelor": "Cử nhân",
}
THEORY_ALIASES = {
    **{label.lower(): key for key, label in THEORY_LABELS.items()},
    **{key: key for key in THEORY_LABELS},
    "so cap": "elementary",
    "trung cap": "intermediate",
    "cao cap": "advanced",
    "cao cấp, cử nhân": "advanced",
    "cu nhan": "bachelor",
    "": "none",
}
DATE_FORMATS = ("%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%Y-%m-%d")
EXCEL_EPOCH = date(1899, 12, 30)
PROBATION_MONTHS = 12
# Error keys
ERROR_REQUIRED = "required"
ERROR_DATE = "date_format"
ERROR_DATE_FUTURE = "date_future"
ERROR_SEX = "sex"
ERROR_THEORY = "theory_level"
ERROR_CITIZEN_ID_FORMAT = identity.PROBLEM_CITIZEN_ID_FORMAT
ERROR_CITIZEN_ID_PROVINCE = identity.PROBLEM_CITIZEN_ID_PROVINCE
ERROR_CITIZEN_ID_BIRTH = identity.PROBLEM_CITIZEN_ID_BIRTH
ERROR_FILE_NUMBER = identity.PROBLEM_FILE_NUMBER_FORMAT
ERROR_ADMISSION_MISSING = "admission_missing"
ERROR_TOO_YOUNG = "too_young"
ERROR_CEREMONY_BEFORE_DECISION = "ceremony_before_decision"
ERROR_OFFICIAL_BEFORE_ADMISSION = "official_before_admission"
ERROR_OFFICIAL_NOT_AFTER_PROBATION = "official_not_after_probation"
ERROR_CITIZEN_ID_DIGITS = "citizen_id_digits"
ERROR_DUPLICATE_IN_FILE = "duplicate_in_file"
ERROR_SAME_PERSON_IN_FILE = "same_person_in_file"
# Raised by the model, which resolves the references
ERROR_DUPLICATE_IN_DB = "duplicate_in_db"
ERROR_SAME_PERSON_IN_DB = "same_person_in_db"
ERROR_UNKNOWN_ORGANIZATION = "unknown_organization"
ERROR_AMBIGUOUS_ORGANIZATION = "ambiguous_organization"
ERROR_NOT_A_CELL = "not_a_cell"
ERROR_UNKNOWN_ETHNICITY = "unknown_ethnicity"
ERROR_UNKNOWN_RELIGION = "unknown_religion"
ERROR_UNKNOWN_EMPLOYEE = "unknown_employee"
ERROR_EMPLOYEE_TAKEN = "employee_taken"
# Sheet-level problem
SHEET_NO_HEADER = "no_header"


class RowError(namedtuple("RowError", "key column value other_row expected")):
    """One problem of a row: ``key``, the column key, the offending value,
    for duplicates inside the file the row that holds it first, and the
    value expected instead when there is one."""

    __slots__ = ()

    def __new__(cls, key, column=None, value=None, other_row=None, expected=None):
        return super().__new__(cls, key, column, value, other_row, expected)


class SheetError(Exception):
    """The sheet cannot be read at all (``key``: ``SHEET_NO_HEADER``)."""

    def __init__(self, key):
        super().__init__(key)
        self.key = key


def lookup_key(text):
    """Normalise a name for matching: NFC, lower case, without spaces,
    hyphens and dots (``Khơ-me`` and ``khơ me`` match)."""
    text = unicodedata.normalize("NFC", str(text or "")).lower()
    return re.sub(r"[\s\-.]+", "", text)


def _header_key(text):
    return " ".join(unicodedata.normalize("NFC", str(text or "")).lower().split())


HEADER_INDEX = {}
for _column in COLUMNS:
    for _text in (_column.header, _column.header_en, *_column.aliases):
        HEADER_INDEX.setdefault(_header_key(_text), _column.key)


# ----------------------------------------------------------------------
# Reading a sheet
# ----------------------------------------------------------------------
def map_header(cells):
    """Map cell index → column key for a header row (unknown cells dropped)."""
    mapping = {}
    for index, cell in enumerate(cells):
        key = HEADER_INDEX.get(_header_key(cell))
        if key and key not in mapping.values():
            mapping[index] = key
    return mapping


def sheet_rows(rows):
    """Yield ``(row_number, raw)`` for the data rows of a sheet.

    ``rows`` are tuples of cell values from the first row (openpyxl's
    ``iter_rows(values_only=True)``). The header is the first of the first
    15 rows that names the name column; empty rows and example rows (STT
    ``VD``) are skipped. ``raw`` maps column key → cell value. Raises
    ``SheetError`` when no header is found.
    """
    rows = iter(rows)
    mapping = None
    header_number = 0
    for header_number, header_cells in enumerate(rows, start=1):
        candidate = map_header(header_cells or ())
        if "name" in candidate.values():
            mapping = candidate
            break
        if header_number >= HEADER_SCAN_ROWS:
            break
    if mapping is None:
        raise SheetError(SHEET_NO_HEADER)
    for number, cells in enumerate(rows, start=header_number + 1):
        raw = {
            key: cells[index] for index, key in mapping.items() if index < len(cells)
        }
        if all(_is_empty(value) for value in raw.values()):
            continue
        if _text(raw.get("seq")).upper() == EXAMPLE_MARKER:
            continue
        yield number, raw


def _is_empty(value):
    return value is None or (isinstance(value, str) and not value.strip())


def _text(value):
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return " ".join(identity.nfc(str(value)).split())


# ----------------------------------------------------------------------
# Cell parsers: return (value, error_key)
# ----------------------------------------------------------------------
def parse_date(value):
    """A real date, a datetime, an Excel serial number or dd/mm/yyyy text."""
    if _is_empty(value):
        return False, None
    if isinstance(value, datetime):
        return value.date(), None
    if isinstance(value, date):
        return value, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        if 1 <= value < 2958466:  # Excel serial day numbers (to 9999)
            return EXCEL_EPOCH + timedelta(days=int(value)), None
        return False, ERROR_DATE
    text = _text(value)
    for fmt in DATE_FORMATS:
        try:
            return datetime.strptime(text, fmt).date(), None
        except ValueError:
            continue
    return False, ERROR_DATE


def parse_citizen_id(value):
    """12 digits; a number loses its leading zero in Excel: pad it back."""
    if _is_empty(value):
        return False, None
    if isinstance(value, int | float) and not isinstance(value, bool):
        text = str(int(value)).zfill(12) if float(value).is_integer() else str(value)
    else:
        text = re.sub(r"[\s.]", "", str(value))
    if identity.has_foreign_digits(text):
        return False, ERROR_CITIZEN_ID_DIGITS
    return text, None


def parse_file_number(value):
    if _is_empty(value):
        return False, None
    text = identity.normalize_file_number(_text(value))
    if identity.has_foreign_digits(text):
        return text, ERROR_FILE_NUMBER
    return text, identity.file_number_problem(text)


def parse_sex(value):
    if _is_empty(value):
        return False, None
    sex = SEX_ALIASES.get(_text(value).lower())
    return (sex, None) if sex else (False, ERROR_SEX)


def parse_theory(value):
    key = THEORY_ALIASES.get(_text(value).lower())
    return (key, None) if key else (False, ERROR_THEORY)


def parse_text(value):
    return _text(value) or False, None


PARSERS = {
    KIND_SEQ: parse_text,
    KIND_TEXT: parse_text,
    KIND_DATE: parse_date,
    KIND_SEX: parse_sex,
    KIND_CITIZEN_ID: parse_citizen_id,
    KIND_FILE_NUMBER: parse_file_number,
    KIND_THEORY: parse_theory,
}


# ----------------------------------------------------------------------
# Rows
# ----------------------------------------------------------------------
def parse_row(raw, today=None, min_age_years=DEFAULT_MIN_AGE_YEARS):
    """Return ``(values, errors)`` for the raw cells of one row.

    ``values`` maps column key → parsed value (False when empty).
    ``errors`` lists ``RowError`` for bad cells and impossible dates:
    admission before ``min_age_years``, ceremony before the decision,
    official recognition before the admission or not 12 months after the
    ceremony, dates in the future; full-width digits in identifiers.
    """
    today = today or date.today()
    values, errors = {}, []
    for column in COLUMNS:
        value, problem = PARSERS[column.kind](raw.get(column.key))
        values[column.key] = value
        if problem:
            errors.append(RowError(problem, column.key, _text(raw.get(column.key))))
        elif column.required and not value:
            errors.append(RowError(ERROR_REQUIRED, column.key))
        elif column.kind == KIND_DATE and value and value > today:
            errors.append(RowError(ERROR_DATE_FUTURE, column.key, value))
    errors.extend(_identity_errors(values))
    # One error per cell: an official date already refused (e.g. in the
    # future) is not also reported against the probation.
    refused = {error.column for error in errors}
    errors.extend(
        error
        for error in _date_errors(values, min_age_years)
        if error.key != ERROR_OFFICIAL_NOT_AFTER_PROBATION
        or error.column not in refused
    )
    return values, errors


def admission_origin(values):
    """The date the admission event is written on: the decision date, else
    the ceremony date (party age counts from the decision)."""
    return values.get("admission_decision_date") or values.get("admission_date")


def _identity_errors(values):
    if not values["citizen_id"]:
        return []
    problem = identity.citizen_id_problem(
        values["citizen_id"], values["birth_date"] or None, values["sex"] or None
    )
    return [RowError(problem, "citizen_id", values["citizen_id"])] if problem else []


def _date_errors(values, min_age_years):
    errors = []
    birth = values["birth_date"]
    decided = values["admission_decision_date"]
    ceremony = values["admission_date"]
    official = values["official_date"]
    origin = admission_origin(values)
    if not origin:
        errors.append(RowError(ERROR_ADMISSION_MISSING, "admission_date"))
    elif birth and (
        origin <= birth or full_months_between(birth, origin) < min_age_years * 12
    ):
        errors.append(RowError(ERROR_TOO_YOUNG, "admission_date", origin))
    misordered = decided and ceremony and ceremony < decided
    if misordered:
        errors.append(
            RowError(ERROR_CEREMONY_BEFORE_DECISION, "admission_date", ceremony)
        )
    start = ceremony or decided
    if official and start and official <= start:
        errors.append(
            RowError(ERROR_OFFICIAL_BEFORE_ADMISSION, "official_date", official)
        )
    elif official and start and not misordered:
        # Official at the end of the 12 months from the ceremony, however
        # late the vote; the ceremony follows the decision when only the
        # decision date is known.
        end = add_months(start, PROBATION_MONTHS)
        if official < end or (ceremony and official != end):
            errors.append(
                RowError(
                    ERROR_OFFICIAL_NOT_AFTER_PROBATION,
                    "official_date",
                    official,
                    expected=end,
                )
            )
    return errors


def person_key(values):
    """The key of the person of a row without its citizen ID: name (as
    ``lookup_key``) and birth date; None without a name or a birth date."""
    if not values.get("name") or not values.get("birth_date"):
        return None
    return lookup_key(values["name"]), values["birth_date"]


def same_person_rows(rows):
    """Map row number → first row number of the same person, for the later
    rows of ``rows`` (``(row_number, values)`` pairs) with the same name and
    birth date where one of the two rows has no citizen ID (two different
    citizen IDs are two people; the same one is a duplicate ID)."""
    first, found = {}, {}
    for number, values in rows:
        key = person_key(values)
        if key is None:
            continue
        if key not in first:
            first[key] = (number, values.get("citizen_id"))
            continue
        other, other_id = first[key]
        if not (other_id and values.get("citizen_id")):
            found[number] = other
    return found


def duplicates(rows, key):
    """Map row number → first row number holding the same ``key`` value,
    for every later row of ``rows`` (``(row_number, values)`` pairs)."""
    first, found = {}, {}
    for number, values in rows:
        value = values.get(key)
        if not value:
            continue
        if value in first:
            found[number] = first[value]
        else:
            first[value] = number
    return found


# ----------------------------------------------------------------------
# Writing
# ----------------------------------------------------------------------
def headers():
    return [column.header for column in COLUMNS]


def format_row(values, seq=None, blank=()):
    """Return the cells of one row for ``values`` (parsed-value keys);
    columns in ``blank`` are left empty (restricted data)."""
    cells = []
    for column in COLUMNS:
        value = values.get(column.key)
        if column.key == "seq":
            value = seq if seq is not None else value
        elif column.key in blank or not value:
            value = None
        elif column.kind == KIND_SEX:
            value = SEX_LABELS.get(value, value)
        elif column.kind == KIND_THEORY:
            value = THEORY_LABELS.get(value, value) if value != "none" else None
        cells.append(value)
    return cells


EXAMPLE_VALUES = {
    "seq": EXAMPLE_MARKER,
    "name": "NGUYỄN VĂN AN",
    "birth_date": date(1990, 5, 12),
    "sex": identity.MALE,
    "ethnicity": "Kinh",
    "religion": "Không",
    "hometown": "Xã Tân Lập, huyện Đan Phượng, Hà Nội",
    "citizen_id": "001090012345",
    "file_number": "012345HN",
    "admission_date": date(2015, 3, 2),
    "admission_decision_date": date(2015, 2, 20),
    "official_date": date(2016, 3, 2),
    "organization": "Chi bộ Phòng Kỹ thuật",
    "professional_qualification": "Kỹ sư cơ khí",
    "political_theory_level": "intermediate",
    "occupation": "Kỹ sư, Trưởng phòng",
    "employee_code": "NV0001",
    "note": "Dòng ví dụ (STT = VD): không được nhập",
}
