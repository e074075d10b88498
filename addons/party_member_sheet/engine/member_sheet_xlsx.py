# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""XLSX files of the member list (7-HSĐV): written with xlsxwriter, read
with openpyxl. No ORM: the caller passes plain rows and lists.

Writing: text is never turned into a formula or a link (``safe_cell``).
Reading: a file is refused before it is parsed when it is too big once
uncompressed (a small "zip bomb" would exhaust the worker's memory), and
while it is read when it has too many rows.
"""

import io
import itertools
import zipfile

import openpyxl
import xlsxwriter
from openpyxl.utils.exceptions import InvalidFileException

from odoo.addons.party_org.tools.spreadsheet import safe_cell, xlsx_workbook_options

from . import member_sheet as sheet

SHEET_NAME = "7-HSĐV"
LISTS_SHEET_NAME = "Danh mục"
HEADER_ROW = 3  # 0-based row of the headers: title, form code, blank above
FIRST_DATA_ROW = HEADER_ROW + 1
MAX_VALIDATED_ROWS = 20000
SHEET_BAD_FILE = "bad_file"
SHEET_TOO_LARGE = "too_large"
# Limits of an uploaded member list.
MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_UNCOMPRESSED_BYTES = 50 * 1024 * 1024
MAX_IMPORT_ROWS = MAX_VALIDATED_ROWS
# Rows read at most, empty ones included (formatting can add empty rows).
MAX_SHEET_ROWS = 5 * MAX_IMPORT_ROWS


def write_workbook(rows, lists=None, subtitle=""):
    """Return the bytes of an XLSX member list.

    ``rows`` are cell lists from ``member_sheet.format_row``. ``lists`` maps
    a column key to the allowed values (ethnicity, religion, organization):
    written on a hidden sheet and offered as drop-down lists with the sex
    and theory level lists.
    """
    output = io.BytesIO()
    book = xlsxwriter.Workbook(output, xlsx_workbook_options(in_memory=True))
    title = book.add_format({"bold": True, "font_size": 14})
    header = book.add_format(
        {
            "bold": True,
            "text_wrap": True,
            "valign": "vcenter",
            "align": "center",
            "border": 1,
            "bg_color": "#D9E1F2",
        }
    )
    date_fmt = book.add_format({"num_format": "dd/mm/yyyy", "border": 1})
    text_fmt = book.add_format({"num_format": "@", "border": 1})
    cell_fmt = book.add_format({"border": 1})
    ws = book.add_worksheet(SHEET_NAME)
    ws.write_string(0, 0, sheet.TITLE, title)
    ws.write_string(1, 0, safe_cell(f"{sheet.FORM_CODE}  {subtitle}".strip()))
    ws.set_row(HEADER_ROW, 42)
    for index, column in enumerate(sheet.COLUMNS):
        ws.write(HEADER_ROW, index, column.header, header)
        fmt = (
            text_fmt
            if column.kind in (sheet.KIND_CITIZEN_ID, sheet.KIND_FILE_NUMBER)
            else None
        )
        ws.set_column(index, index, column.width, fmt)
    for offset, cells in enumerate(rows):
        row = FIRST_DATA_ROW + offset
        for index, value in enumerate(cells):
            kind = sheet.COLUMNS[index].kind
            if value is None:
                ws.write_blank(row, index, None, cell_fmt)
            elif kind == sheet.KIND_DATE:
                ws.write_datetime(row, index, value, date_fmt)
            elif kind in (sheet.KIND_CITIZEN_ID, sheet.KIND_FILE_NUMBER):
                ws.write_string(row, index, safe_cell(str(value)), text_fmt)
            elif isinstance(value, str):
                ws.write_string(row, index, safe_cell(value), cell_fmt)
            else:
                ws.write(row, index, value, cell_fmt)
    ws.freeze_panes(FIRST_DATA_ROW, 2)
    _add_validations(book, ws, lists or {})
    book.close()
    return output.getvalue()


def _add_validations(book, ws, lists):
    last = FIRST_DATA_ROW + MAX_VALIDATED_ROWS
    index_of = {column.key: i for i, column in enumerate(sheet.COLUMNS)}
    fixed = {
        "sex": list(sheet.SEX_LABELS.values()),
        "political_theory_level": list(sheet.THEORY_LABELS.values()),
    }
    for key, values in fixed.items():
        col = index_of[key]
        ws.data_validation(
            FIRST_DATA_ROW, col, last, col, {"validate": "list", "source": values}
        )
    lists = {key: values for key, values in lists.items() if values}
    if not lists:
        return
    hidden = book.add_worksheet(LISTS_SHEET_NAME)
    for list_col, (key, values) in enumerate(sorted(lists.items())):
        hidden.write(0, list_col, sheet.COLUMN_BY_KEY[key].header)
        for offset, value in enumerate(values, start=1):
            hidden.write_string(offset, list_col, safe_cell(str(value)))
        letter = xlsxwriter.utility.xl_col_to_name(list_col)
        col = index_of[key]
        ws.data_validation(
            FIRST_DATA_ROW,
            col,
            last,
            col,
            {
                "validate": "list",
                "source": f"='{LISTS_SHEET_NAME}'!${letter}$2:${letter}${len(values) + 1}",
                "error_type": "warning",
            },
        )
    hidden.hide()


def read_workbook(data):
    """Return ``[(row_number, raw)]`` of the first sheet of an XLSX file.

    Raises ``member_sheet.SheetError`` (``SHEET_BAD_FILE``,
    ``SHEET_TOO_LARGE`` or ``SHEET_NO_HEADER``) when the file is not a
    readable member list of a reasonable size.
    """
    _check_size(data)
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (
        InvalidFileException,
        zipfile.BadZipFile,
        KeyError,
        OSError,
        ValueError,
    ) as exc:
        raise sheet.SheetError(SHEET_BAD_FILE) from exc
    try:
        ws = book[SHEET_NAME] if SHEET_NAME in book.sheetnames else book.worksheets[0]
        raw_rows = itertools.islice(ws.iter_rows(values_only=True), MAX_SHEET_ROWS + 1)
        rows = []
        for count, row in enumerate(sheet.sheet_rows(_counted(raw_rows)), start=1):
            if count > MAX_IMPORT_ROWS:
                raise sheet.SheetError(SHEET_TOO_LARGE)
            rows.append(row)
        return rows
    finally:
        book.close()


def _check_size(data):
    """Refuse a file too big, compressed or once uncompressed (the sizes
    declared in the zip directory bound what the reader will inflate)."""
    if len(data) > MAX_FILE_BYTES:
        raise sheet.SheetError(SHEET_TOO_LARGE)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            uncompressed = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise sheet.SheetError(SHEET_BAD_FILE) from exc
    if uncompressed > MAX_UNCOMPRESSED_BYTES:
        raise sheet.SheetError(SHEET_TOO_LARGE)


def _counted(raw_rows):
    """``raw_rows`` (at most ``MAX_SHEET_ROWS + 1``), refusing the sheet
    when it has more than ``MAX_SHEET_ROWS``."""
    for number, row in enumerate(raw_rows, start=1):
        if number > MAX_SHEET_ROWS:
            raise sheet.SheetError(SHEET_TOO_LARGE)
        yield row
