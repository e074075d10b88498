# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Categories of the basic statistics forms (Hướng dẫn 11-HD/BTCTW).

The member record keeps education, qualification and occupation as free
text; the forms count them in fixed categories. These functions map the
text to a category key.

>>> education_category("12/12"), education_category("9/12")
('upper_secondary', 'lower_secondary')
>>> education_category("7/10"), education_category("")
('lower_secondary', 'unknown')
>>> qualification_category("Thạc sĩ Quản trị kinh doanh")
'master'
>>> qualification_category("Kỹ sư điện")
'university'
>>> occupation_category("Công nhân vận hành")
'worker'
>>> age_column("71_80"), age_column("18_30")
('over_70', 'up_to_30')
"""

import re
import unicodedata
from functools import lru_cache

# Age bands of the view → columns of the form (≤30, 31–40 … >70)
AGE_COLUMNS = {
    "18_30": "up_to_30",
    "31_40": "31_40",
    "41_50": "41_50",
    "51_60": "51_60",
    "61_70": "61_70",
    "71_80": "over_70",
    "81_plus": "over_70",
}
UNKNOWN = "unknown"

EDUCATION_CATEGORIES = ("primary", "lower_secondary", "upper_secondary", UNKNOWN)
# Last grade of primary and lower secondary school in the 12- and 10-year systems
EDUCATION_LIMITS = {12: (5, 9), 10: (4, 7)}

QUALIFICATION_CATEGORIES = (
    "doctorate",
    "master",
    "university",
    "college",
    "vocational",
    "none",
)
# First matching keyword wins: most specific first (text without accents)
QUALIFICATION_KEYWORDS = (
    ("doctorate", ("tien si", "tsk", "phd", "doctor")),
    ("master", ("thac si", "master", "ths")),
    (
        "university",
        (
            "dai hoc",
            "cu nhan",
            "ky su",
            "bac si",
            "kien truc su",
            "bachelor",
            "engineer",
            "university",
        ),
    ),
    ("college", ("cao dang", "college")),
    ("vocational", ("trung cap", "so cap", "cong nhan ky thuat", "nghe", "vocational")),
)

OCCUPATION_CATEGORIES = (
    "worker",
    "civil_servant",
    "public_employee",
    "business",
    "manager",
    "student",
    "retired",
    "other",
)
OCCUPATION_KEYWORDS = (
    ("retired", ("nghi huu", "huu tri", "retired", "pension")),
    ("student", ("sinh vien", "hoc sinh", "student")),
    ("civil_servant", ("cong chuc", "civil servant")),
    ("public_employee", ("vien chuc", "public employee")),
    ("business", ("chu doanh nghiep", "doanh nhan", "business owner", "entrepreneur")),
    ("manager", ("quan ly", "giam doc", "truong phong", "manager", "director")),
    (
        "worker",
        ("cong nhan", "lao dong", "worker", "nhan vien", "employee", "ky thuat vien"),
    ),
)


def _plain(text):
    """Lower case without Vietnamese accents (đ → d)."""
    text = (text or "").lower().replace("đ", "d")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def _match(text, keywords, default):
    plain = f" {_plain(text)} "
    for category, words in keywords:
        if any(re.search(rf"\b{re.escape(word)}\b", plain) for word in words):
            return category
    return default


@lru_cache(maxsize=4096)
def age_column(age_band):
    """The form's age column for an age band of the statistics view."""
    return AGE_COLUMNS.get(age_band, UNKNOWN)


@lru_cache(maxsize=4096)
def education_category(text):
    """Primary, lower or upper secondary from a grade such as "12/12"."""
    found = re.match(r"\s*(\d+)\s*/\s*(\d+)", text or "")
    if not found:
        return UNKNOWN
    grade, system = int(found.group(1)), int(found.group(2))
    primary, lower = EDUCATION_LIMITS.get(system, EDUCATION_LIMITS[12])
    if grade <= primary:
        return "primary"
    if grade <= lower:
        return "lower_secondary"
    return "upper_secondary"


@lru_cache(maxsize=4096)
def qualification_category(text):
    """Highest professional qualification named in the text."""
    return _match(text, QUALIFICATION_KEYWORDS, "none")


@lru_cache(maxsize=4096)
def occupation_category(text):
    """Occupation group of the form from the member's occupation text."""
    return _match(text, OCCUPATION_KEYWORDS, "other")
