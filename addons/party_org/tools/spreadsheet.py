# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Cells of the spreadsheets the suite writes, safe to open.

A spreadsheet application runs a text cell starting with ``=``, ``+``, ``-``
or ``@`` as a formula (``=HYPERLINK(...)``, ``=WEBSERVICE(...)``), which can
send the other cells of the sheet anywhere (OWASP "CSV injection"); a tab or
a carriage return in front hides the same formula. Every XLSX or CSV cell
holding user text goes through :func:`safe_cell`, and every xlsxwriter
workbook is opened with :data:`XLSX_WORKBOOK_OPTIONS` (no string is turned
into a formula or a link).

Plain Python, no ORM: ``from odoo.addons.party_org.tools.spreadsheet import
safe_cell, XLSX_WORKBOOK_OPTIONS``.
"""

# First characters that make a spreadsheet read a text as a formula.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
# Options of every xlsxwriter.Workbook the suite creates.
XLSX_WORKBOOK_OPTIONS = {
    "strings_to_formulas": False,
    "strings_to_urls": False,
    "strings_to_numbers": False,
}


def safe_cell(value):
    """Return ``value`` ready for a spreadsheet cell: a text starting with a
    formula character gets a leading apostrophe, so it stays text; any
    other value (numbers, dates, None, other text) is returned unchanged.

    >>> safe_cell('=HYPERLINK("http://x","y")')
    '\\'=HYPERLINK("http://x","y")'
    >>> safe_cell("-5"), safe_cell(-5), safe_cell("Hà Nội")
    ("'-5", -5, 'Hà Nội')
    """
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def xlsx_workbook_options(**options):
    """``XLSX_WORKBOOK_OPTIONS`` plus ``options`` (e.g. ``in_memory=True``);
    the safety options cannot be turned off here."""
    return {**options, **XLSX_WORKBOOK_OPTIONS}
