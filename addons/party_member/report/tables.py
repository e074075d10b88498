# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Simple list documents (proposal lists, collection books) as XLSX; their
PDFs are QWeb reports (``party_member_reports.xml``)."""

import io

import xlsxwriter

from odoo.addons.party_org.tools.spreadsheet import safe_cell, xlsx_workbook_options


def xlsx_table(sheet_name, title, headers, rows, footer=None, money_columns=()):
    """Return XLSX bytes with a title row, bold headers and VND amounts;
    text cells never become formulas or links (``safe_cell``)."""
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(buffer, xlsx_workbook_options(in_memory=True))
    sheet = book.add_worksheet(sheet_name[:31])
    bold = book.add_format({"bold": True, "border": 1, "bg_color": "#EEEEEE"})
    title_fmt = book.add_format({"bold": True, "font_size": 13})
    money = book.add_format({"num_format": "#,##0", "border": 1})
    plain = book.add_format({"border": 1})
    sheet.write(0, 0, safe_cell(title), title_fmt)
    for col, header in enumerate(headers):
        sheet.write(2, col, safe_cell(header), bold)
        sheet.set_column(col, col, 12 if col else 6)
    for row_index, row in enumerate(rows, start=3):
        for col, value in enumerate(row):
            fmt = money if col in money_columns else plain
            sheet.write(row_index, col, safe_cell(value), fmt)
    if footer:
        for col, value in enumerate(footer):
            sheet.write(len(rows) + 3, col, safe_cell(value), bold)
    book.close()
    return buffer.getvalue()
