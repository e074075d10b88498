# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Vietnamese names for the generated people."""

FIRST_NAMES = [
    "An",
    "Bình",
    "Chi",
    "Dũng",
    "Giang",
    "Hà",
    "Hùng",
    "Lan",
    "Minh",
    "Nam",
    "Ngọc",
    "Phương",
    "Quang",
    "Sơn",
    "Thảo",
    "Trang",
    "Tuấn",
    "Việt",
    "Xuân",
    "Yến",
    "Anh",
    "Bảo",
    "Cường",
    "Duy",
    "Hải",
    "Hạnh",
    "Hiếu",
    "Hoa",
    "Huy",
    "Khánh",
    "Linh",
    "Long",
    "Mai",
    "Nga",
    "Oanh",
    "Phúc",
    "Tâm",
    "Thắng",
    "Thủy",
    "Trung",
]
FAMILY_NAMES = [
    "Nguyễn",
    "Trần",
    "Lê",
    "Phạm",
    "Hoàng",
    "Huỳnh",
    "Phan",
    "Vũ",
    "Võ",
    "Đặng",
]
MIDDLE_NAMES = ["Văn", "Thị", "Hữu", "Đức", "Minh", "Thanh", "Ngọc", "Quốc"]


def person_name(rng):
    """Family, middle and given name; two given names for one in three."""
    family, middle = rng.choice(FAMILY_NAMES), rng.choice(MIDDLE_NAMES)
    given = rng.choice(FIRST_NAMES)
    if rng.random() < 1 / 3:
        given = f"{rng.choice(FIRST_NAMES)} {given}"
    return f"{family} {middle} {given}"
