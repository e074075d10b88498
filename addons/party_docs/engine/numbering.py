# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Number and symbol of party documents (Hướng dẫn 36-HD/VPTW).

>>> format_number_symbol(1, "NQ", "ĐU")
'01-NQ/ĐU'
>>> format_number_symbol(125, "CV", "CB1")
'125-CV/CB1'
"""


def format_number_symbol(number, type_code, issuer_code):
    """Return ``<n>-<TYPE>/<issuer code>``; numbers below 10 get a leading zero."""
    if not number or number < 1:
        raise ValueError("A document number starts at 1")
    symbol = f"{number:02d}-{type_code}"
    if issuer_code:
        symbol = f"{symbol}/{issuer_code}"
    return symbol


def find_gaps(numbers):
    """Return the sorted missing numbers and the duplicated ones of a register.

    >>> find_gaps([1, 2, 4, 4, 5])
    ([3], [4])
    """
    seen = set()
    duplicates = set()
    for number in numbers:
        if number in seen:
            duplicates.add(number)
        seen.add(number)
    top = max(seen, default=0)
    missing = [n for n in range(1, top + 1) if n not in seen]
    return missing, sorted(duplicates)
