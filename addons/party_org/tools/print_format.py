# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Dates, times and numbers as Vietnamese party paperwork prints them.

Plain Python, no ORM: the reports get a ``PrintFormat`` of the company's
time zone as ``party_fmt`` (see ``models/ir_actions_report.py``).

- dates ``05/11/2026``; date lines ``Hà Nội, ngày 05 tháng 11 năm 2026``
  (Hướng dẫn 36-HD/VPTW: day and month below 10 get a leading zero);
- times in the company's time zone, to the minute: ``08:30, 05/11/2026``;
- numbers with ``.`` between thousands and ``,`` before decimals
  (``1.234,5``), years and numbers of documents without separators;
- amounts in words as receipts write them (``Bằng chữ``), in the reading of
  Vietnamese accounting forms: every group after the first read in full
  (``không trăm``, ``lẻ``).
"""

import datetime

import pytz

DEFAULT_TZ = "Asia/Ho_Chi_Minh"


def format_date(value):
    """``dd/mm/yyyy``, or an empty string."""
    if not value:
        return ""
    return f"{value:%d/%m/%Y}"


def date_in_words(value):
    """``ngày 05 tháng 11 năm 2026`` (Hướng dẫn 36-HD/VPTW), or ``ngày ... tháng ... năm ...``."""
    if not value:
        return "ngày ... tháng ... năm ..."
    return f"ngày {value:%d} tháng {value:%m} năm {value.year}"


def place_and_date(place, value):
    """``Hà Nội, ngày 05 tháng 11 năm 2026``: the date line of a party document.

    >>> place_and_date("Hà Nội", datetime.date(2026, 11, 5))
    'Hà Nội, ngày 05 tháng 11 năm 2026'
    >>> place_and_date("", None)
    'Ngày ... tháng ... năm ...'
    """
    words = date_in_words(value)
    return f"{place}, {words}" if place else words[:1].upper() + words[1:]


def format_number(value, digits=0):
    """``1.234.567`` / ``14,29``: Vietnamese separators, ``digits`` decimals
    (trailing zeros after the comma dropped).

    >>> format_number(1234567)
    '1.234.567'
    >>> format_number(14.2857, 2)
    '14,29'
    >>> format_number(2.5, 2)
    '2,5'
    """
    if value is None or value is False:
        return ""
    text = f"{value:,.{digits}f}"
    if digits:
        text = text.rstrip("0").rstrip(".")
    return text.translate(str.maketrans({",": ".", ".": ","}))


DIGITS = ("không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín")
SCALES = ("", "nghìn", "triệu", "tỷ")


def _three_digits(number, full):
    """Words of ``number`` (0-999); ``full``: a group after the first, read
    with its hundreds (``không trăm``) and ``lẻ``."""
    hundreds, tens, units = number // 100, number // 10 % 10, number % 10
    words = []
    if full or hundreds:
        words += [DIGITS[hundreds], "trăm"]
    if tens == 0:
        if units:
            words += (["lẻ"] if words else []) + [DIGITS[units]]
    elif tens == 1:
        words.append("mười")
        if units:
            words.append("lăm" if units == 5 else DIGITS[units])
    else:
        words += [DIGITS[tens], "mươi"]
        if units:
            words.append({1: "mốt", 5: "lăm"}.get(units, DIGITS[units]))
    return words


def number_in_words(number):
    """A whole number in Vietnamese words.

    >>> number_in_words(0)
    'không'
    >>> number_in_words(21)
    'hai mươi mốt'
    >>> number_in_words(115)
    'một trăm mười lăm'
    >>> number_in_words(203457)
    'hai trăm lẻ ba nghìn bốn trăm năm mươi bảy'
    >>> number_in_words(1005000)
    'một triệu không trăm lẻ năm nghìn'
    >>> number_in_words(2_000_000_000_000)
    'hai nghìn tỷ'
    >>> number_in_words(-1500)
    'âm một nghìn năm trăm'
    """
    number = int(number)
    if number == 0:
        return DIGITS[0]
    if number < 0:
        return f"âm {number_in_words(-number)}"
    groups = []
    while number:
        groups.append(number % 1000)
        number //= 1000
    words = []
    for index in range(len(groups) - 1, -1, -1):
        if not groups[index]:
            continue
        words += _three_digits(groups[index], full=bool(words))
        if index % 3:
            words.append(SCALES[index % 3])
        words += [SCALES[3]] * (index // 3)
    return " ".join(words)


def amount_in_words(amount, currency="đồng"):
    """``Một trăm hai mươi ba nghìn bốn trăm năm mươi bảy đồng``: the line
    ``Bằng chữ`` of a receipt, in the whole đồng its figures print (the
    fractional part dropped, as ``format_number(int(amount))`` does).

    >>> amount_in_words(80000)
    'Tám mươi nghìn đồng'
    >>> amount_in_words(123457.5)
    'Một trăm hai mươi ba nghìn bốn trăm năm mươi bảy đồng'
    """
    words = f"{number_in_words(int(amount or 0))} {currency}"
    return words[:1].upper() + words[1:]


class PrintFormat:
    """Formatting in one time zone (the company's), for QWeb templates."""

    def __init__(self, tz_name=None):
        self.tz_name = tz_name or DEFAULT_TZ
        self.tz = pytz.timezone(self.tz_name)

    def local(self, value):
        """A naive UTC datetime (as Odoo stores them) in the local time zone."""
        if not value:
            return None
        if isinstance(value, datetime.datetime):
            if value.tzinfo is None:
                value = pytz.utc.localize(value)
            return value.astimezone(self.tz)
        return value

    def local_date(self, value):
        """The local day of a datetime; a date is returned as it is."""
        local = self.local(value)
        if isinstance(local, datetime.datetime):
            return local.date()
        return local

    def time(self, value):
        """``08:30``: local hours and minutes, no seconds."""
        local = self.local(value)
        return f"{local:%H:%M}" if local else ""

    def datetime(self, value):
        """``08:30, 05/11/2026`` in local time."""
        local = self.local(value)
        return f"{local:%H:%M}, {local:%d/%m/%Y}" if local else ""

    def date(self, value):
        return format_date(self.local_date(value))

    def date_in_words(self, value):
        return date_in_words(self.local_date(value))

    def place_and_date(self, place, value):
        return place_and_date(place, self.local_date(value))

    def cell(self, value):
        """A table cell: dates as ``dd/mm/yyyy``, numbers as Vietnamese."""
        if isinstance(value, datetime.date):
            return self.date(value)
        if isinstance(value, bool) or value is None:
            return ""
        if isinstance(value, int):
            return str(value)
        if isinstance(value, float):
            return format_number(value, 2)
        return value

    def now(self):
        return datetime.datetime.now(pytz.utc).astimezone(self.tz)

    def number(self, value, digits=0):
        return format_number(value, digits)

    def percent(self, value, digits=2):
        """``14,29%``."""
        return f"{format_number(value or 0.0, digits)}%"
