# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The printed form of a party document (Hướng dẫn 36-HD/VPTW), in plain Python.

The document is always printed in Vietnamese, whatever the language of the
user who prints it: it is the official text that is signed and registered.
"""

# Fixed words of the form, in Vietnamese whatever the printing user's language.
PARTY_NAME = "ĐẢNG CỘNG SẢN VIỆT NAM"
RECIPIENTS_LABEL = "Nơi nhận:"
BODY_IN_FILE = "(Nội dung theo tệp đính kèm.)"

# Titles of the types (Hướng dẫn 36-HD/VPTW, phụ lục). A công văn has no
# title: its summary goes under the number as "V/v ...".
TYPE_TITLES = {
    "NQ": "NGHỊ QUYẾT",
    "QĐ": "QUYẾT ĐỊNH",
    "CT": "CHỈ THỊ",
    "KL": "KẾT LUẬN",
    "QC": "QUY CHẾ",
    "HD": "HƯỚNG DẪN",
    "BC": "BÁO CÁO",
    "KH": "KẾ HOẠCH",
    "CTr": "CHƯƠNG TRÌNH",
    "TB": "THÔNG BÁO",
    "TTr": "TỜ TRÌNH",
    "TT": "THÔNG TRI",
    "BB": "BIÊN BẢN",
    "CV": "",
}

# Marks of secrecy and urgency, stamped under the number.
SECRECY_MARKS = {"confidential": "MẬT", "secret": "TỐI MẬT", "top_secret": "TUYỆT MẬT"}
URGENCY_MARKS = {"urgent": "KHẨN", "very_urgent": "THƯỢNG KHẨN", "flash": "HỎA TỐC"}

# Organisations whose documents are issued by their committee (cấp ủy):
# "Đảng bộ X" issues as "Đảng ủy X".
COMMITTEE_TYPES = {"grassroots_committee", "sub_committee", "external"}


def upper(text):
    """Upper case that keeps Vietnamese letters (str.upper does: Đ, Ư, Ơ...)."""
    return (text or "").upper()


def issuing_body(name, org_type):
    """The issuing body's name: a Đảng bộ's documents are its committee's."""
    name = (name or "").strip()
    if org_type in COMMITTEE_TYPES and name.lower().startswith("đảng bộ"):
        return "Đảng ủy" + name[len("Đảng bộ") :]
    return name


def type_title(abbreviation, name):
    """The title printed above the summary ('' for a công văn)."""
    if abbreviation in TYPE_TITLES:
        return TYPE_TITLES[abbreviation]
    return upper(name)


def number_line(number_symbol, abbreviation, issuer_code):
    """``Số 12-NQ/ĐU``; before numbering ``Số    -NQ/ĐU`` for the pen."""
    if number_symbol:
        return f"Số {number_symbol}"
    return f"Số     -{abbreviation or ''}/{issuer_code or ''}"


def recipient_lines(organisation_names, external_text):
    """Lines of the "Nơi nhận" block: each recipient, then the file copy
    ("Lưu ...", added when the recipients do not name one), the last line
    ending with a full stop."""
    names = [name for name in organisation_names if name]
    for line in (external_text or "").splitlines():
        line = line.strip().lstrip("-").strip().rstrip(",;.")
        if line:
            names.append(line)
    if not any(name.lower().startswith("lưu") for name in names):
        names.append("Lưu Văn phòng")
    return [f"- {name}{'.' if last else ','}" for name, last in _with_last(names)]


def _with_last(items):
    return [(item, index == len(items) - 1) for index, item in enumerate(items)]
