# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Split a PDF of several documents back into one PDF per document (no Odoo
import).

Each document starts on a new page whose text holds a line of its own (the
party document's "Số 12-NQ/ĐU"): ``split_at_markers`` cuts the PDF before
the first page, in order, that holds each marker. It returns None when a
marker is missing or the first document does not start on the first page,
so the caller renders one document at a time instead.
"""

import io

from PyPDF2 import PdfReader, PdfWriter


def page_texts(reader):
    """Text of each page, whitespace collapsed to single spaces."""
    return [" ".join((page.extract_text() or "").split()) for page in reader.pages]


def find_starts(texts, markers):
    """Index of the first page of each marker, in order, or None.

    >>> find_starts(["Số 1 a", "b", "Số 2 c"], ["Số 1", "Số 2"])
    [0, 2]
    >>> find_starts(["a", "Số 1"], ["Số 1"]) is None
    True
    """
    starts = []
    page = 0
    for marker in markers:
        found = next((i for i in range(page, len(texts)) if marker in texts[i]), None)
        if found is None:
            return None
        starts.append(found)
        page = found + 1
    if not starts or starts[0] != 0:
        return None
    return starts


def split_at_markers(pdf_bytes, markers):
    """One PDF (bytes) per marker, or None when the split is not certain."""
    reader = PdfReader(io.BytesIO(pdf_bytes))
    starts = find_starts(page_texts(reader), markers)
    if starts is None:
        return None
    ends = [*starts[1:], len(reader.pages)]
    parts = []
    for start, end in zip(starts, ends, strict=True):
        writer = PdfWriter()
        for index in range(start, end):
            writer.add_page(reader.pages[index])
        buffer = io.BytesIO()
        writer.write(buffer)
        parts.append(buffer.getvalue())
    return parts
