# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Simple list documents (proposal lists, collection books) as PDF and XLSX."""

import io

import xlsxwriter
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    LongTable,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    TableStyle,
)

from odoo.addons.party_org.tools.spreadsheet import safe_cell, xlsx_workbook_options

from .fonts import register_fonts
from .markup import text


def pdf_table(title, subtitle, headers, rows, footer=None, wide=False, issuer=""):
    """Return PDF bytes: party header, title, a table with repeated headers."""
    font, bold = register_fonts()
    buffer = io.BytesIO()
    pagesize = landscape(A4) if wide else A4
    doc = SimpleDocTemplate(
        buffer,
        pagesize=pagesize,
        leftMargin=15 * mm,
        rightMargin=12 * mm,
        topMargin=12 * mm,
        bottomMargin=12 * mm,
        title=title,
    )
    small = ParagraphStyle("s", fontName=font, fontSize=8.5, leading=10.5)
    head = ParagraphStyle("h", fontName=bold, fontSize=8.5, leading=10.5, alignment=1)
    # Every value is plain text (names, organisations): escaped markup.
    story = [
        Paragraph(text(issuer), ParagraphStyle("i", fontName=bold, fontSize=10)),
        Paragraph(
            "ĐẢNG CỘNG SẢN VIỆT NAM",
            ParagraphStyle("p", fontName=bold, fontSize=11, alignment=2),
        ),
        Spacer(1, 4 * mm),
        Paragraph(
            text(title), ParagraphStyle("t", fontName=bold, fontSize=14, alignment=1)
        ),
        Paragraph(
            text(subtitle),
            ParagraphStyle("st", fontName=font, fontSize=10, alignment=1),
        ),
        Spacer(1, 4 * mm),
    ]
    data = [[Paragraph(text(h), head) for h in headers]]
    data += [[Paragraph(text(v), small) for v in row] for row in rows]
    if footer:
        data.append([Paragraph(text(v), head) for v in footer])
    table = LongTable(data, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.3, "#777777"),
                ("BACKGROUND", (0, 0), (-1, 0), "#eeeeee"),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ]
        )
    )
    story.append(table)
    doc.build(story)
    return buffer.getvalue()


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
