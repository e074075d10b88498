# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The free-text fields of a generated member's sheet (7-HSĐV), as HR
files hold them: a few values most members share, and a tail of spellings.
The statistics export puts each distinct value in a form's category
(party_kpi engine/statistics.py); left empty, they made every member one
value and the bench measured none of that work.

Weights: each value is repeated as many times as its share in twenty.
"""

EDUCATION = (
    ("12/12",) * 14
    + ("10/10",) * 2
    + ("9/12", "7/10", "12/12 bổ túc văn hóa", "Tốt nghiệp THPT")
)
QUALIFICATIONS = (
    ("Kỹ sư điện", "Kỹ sư cơ khí", "Kỹ sư xây dựng", "Kỹ sư công nghệ thông tin")
    + (
        "Cử nhân kinh tế",
        "Cử nhân kế toán",
        "Cử nhân luật",
        "Cử nhân quản trị kinh doanh",
    )
    + ("Thạc sĩ quản trị kinh doanh", "Thạc sĩ kỹ thuật", "Tiến sĩ kỹ thuật")
    + ("Cao đẳng kỹ thuật", "Cao đẳng kế toán", "Trung cấp điện", "Trung cấp kỹ thuật")
    + ("Công nhân kỹ thuật bậc 5/7", "Sơ cấp nghề", "Bác sĩ", "Kiến trúc sư", "")
)
OCCUPATIONS = (
    ("Công nhân vận hành",) * 4
    + ("Công nhân cơ khí",) * 3
    + ("Kỹ thuật viên", "Kỹ thuật viên", "Nhân viên văn phòng", "Nhân viên kinh doanh")
    + ("Kế toán viên", "Chuyên viên", "Trưởng phòng", "Phó giám đốc", "Giám đốc")
    + ("Quản lý phân xưởng", "Lao động phổ thông", "Kỹ sư", "Nghỉ hưu")
)


def profile(rng):
    """A member's education, qualification and occupation."""
    return {
        "general_education": rng.choice(EDUCATION),
        "professional_qualification": rng.choice(QUALIFICATIONS) or None,
        "occupation": rng.choice(OCCUPATIONS),
    }
