# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Format checks of a member's identifiers.

- Citizen ID (căn cước công dân, CCCD): 12 digits (Luật Căn cước 2023;
  Thông tư 59/2021/TT-BCA, Điều 7): 3 digits of the province of birth
  registration (001-096), 1 digit for sex and century, 2 digits of the
  year of birth, 6 random digits. The sex and century digit is
  0/1 for a man/woman born in the 20th century, 2/3 in the 21st, 4/5 in
  the 22nd...; 8/9 are not used.
- File number (số lý lịch đảng viên, Hướng dẫn 12-HD/BTCTW): 6 digits
  followed by the 1-3 letter code of the issuing committee, e.g.
  ``012345HN``.

Functions return a problem key or None; the Odoo layer translates.
"""

import re
import unicodedata

CITIZEN_ID_RE = re.compile(r"[0-9]{12}")  # ASCII digits only: no full-width ones
FILE_NUMBER_RE = re.compile(r"[0-9]{6}[A-ZĐ]{1,3}")
MIN_PROVINCE_CODE = 1
MAX_PROVINCE_CODE = 96
MALE = "male"
FEMALE = "female"

PROBLEM_CITIZEN_ID_FORMAT = "citizen_id_format"
PROBLEM_CITIZEN_ID_PROVINCE = "citizen_id_province"
PROBLEM_CITIZEN_ID_BIRTH = "citizen_id_birth"
PROBLEM_FILE_NUMBER_FORMAT = "file_number_format"


def normalize_file_number(value):
    """Return the file number without spaces, letters in upper case."""
    return re.sub(r"\s+", "", value or "").upper()


def citizen_id_problem(value, birth_date=None, sex=None):
    """Return a problem key for a citizen ID, or None when it is valid.

    With ``birth_date`` (and ``sex``), digits 4-6 must match the century,
    sex and year of birth.
    """
    if not value or not CITIZEN_ID_RE.fullmatch(value):
        return PROBLEM_CITIZEN_ID_FORMAT
    if not MIN_PROVINCE_CODE <= int(value[:3]) <= MAX_PROVINCE_CODE:
        return PROBLEM_CITIZEN_ID_PROVINCE
    if birth_date:
        century_digit = int(value[3])
        if century_digit >= 8:
            return PROBLEM_CITIZEN_ID_BIRTH
        century_index = (birth_date.year // 100) - 19
        if century_digit // 2 != century_index:
            return PROBLEM_CITIZEN_ID_BIRTH
        if int(value[4:6]) != birth_date.year % 100:
            return PROBLEM_CITIZEN_ID_BIRTH
        if sex in (MALE, FEMALE) and century_digit % 2 != (sex == FEMALE):
            return PROBLEM_CITIZEN_ID_BIRTH
    return None


def file_number_problem(value):
    """Return a problem key for a file number, or None when it is valid."""
    if not value or not FILE_NUMBER_RE.fullmatch(value):
        return PROBLEM_FILE_NUMBER_FORMAT
    return None


def search_key(text):
    """Fold Vietnamese ``text`` for searching without accents: "Nguyễn Văn
    An" and "nguyen van  an" both give "nguyen van an" (marks dropped, đ
    read as d, lower case, single spaces)."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    letters = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(letters.lower().split())


def nfc(value):
    """Return ``value`` in Unicode NFC when it is text (else unchanged).

    Text typed on macOS or pasted from Excel for Mac is often decomposed
    (NFD: "Á" as "A" + U+0301); stored as is, it is not found by a search
    typed in the usual composed form."""
    return unicodedata.normalize("NFC", value) if isinstance(value, str) else value


def nfc_vals(vals, text_fields):
    """Normalise to NFC, in place, the values of ``vals`` whose key is in
    ``text_fields``; return ``vals``."""
    for fname in text_fields & vals.keys():
        vals[fname] = nfc(vals[fname])
    return vals


def has_foreign_digits(text):
    """True when ``text`` holds a digit other than 0-9 (full-width "０",
    Arabic-Indic...): Python's ``\\d`` and ``int()`` accept them."""
    return any(char.isdigit() and not "0" <= char <= "9" for char in text)
