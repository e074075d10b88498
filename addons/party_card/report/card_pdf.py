# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Party card PDF with reportlab: front and back, single or A4 sheets.

Plain Python (no ORM): the caller passes ``CardData`` tuples. Speed comes
from drawing the static parts once as PDF forms (XObjects) reused by every
card, a fixed QR mask (no mask search) drawn as merged runs, and one canvas
for the whole batch.
"""

import io
import math
from typing import NamedTuple

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from reportlab.lib.colors import Color, black, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas as pdf_canvas

from odoo.addons.party_member.report.fonts import register_fonts

CARD_W = 85.6 * mm  # ID-1 format
CARD_H = 54 * mm
SHEET_COLS = 2
SHEET_ROWS = 5
GUTTER_X = 8 * mm
GUTTER_Y = 3 * mm
MARK = 2.5 * mm
RED = Color(0.80, 0.07, 0.10)
DARK_RED = Color(0.62, 0.03, 0.06)
GOLD = Color(1.0, 0.84, 0.0)
GREY = Color(0.35, 0.35, 0.35)

LABELS = {
    "party": "ĐẢNG CỘNG SẢN VIỆT NAM",
    "card": "THẺ ĐẢNG VIÊN",
    "motto": "Vì Tổ quốc xã hội chủ nghĩa, vì hạnh phúc của nhân dân",
    "name": "Họ và tên:",
    "birth": "Sinh ngày:",
    "admission": "Vào Đảng:",
    "official": "Chính thức:",
    "number": "Số thẻ:",
    "issued": "Ngày cấp:",
    "photo": "Ảnh 2×3",
}


class CardData(NamedTuple):
    """What is printed on one card (dates already formatted)."""

    name: str
    birth_date: str
    admission_date: str
    official_date: str
    number: str
    issuer: str
    issue_date: str
    qr: str
    photo: bytes = None


def qr_mask(data):
    """Return the QR code of ``data`` as "size:hex", the rows of a 1-bit
    image mask (dark modules = 1, rows padded to whole bytes). Computed once
    per card token and stored: printing then only pastes it."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0, mask_pattern=0)
    code.add_data(data)
    code.make(fit=True)
    matrix = code.get_matrix()
    size = len(matrix)
    pad = (-size) % 8
    chunks = []
    for line in matrix:
        bits = "".join("1" if dark else "0" for dark in line) + "0" * pad
        chunks.append(f"{int(bits, 2):0{(size + pad) // 4}x}")
    return f"{size}:{''.join(chunks)}"


class CardRenderer:
    """Draw cards on one canvas; static parts are PDF forms drawn once."""

    def __init__(self, buffer, pagesize):
        self.font, self.bold = register_fonts()
        self.canvas = pdf_canvas.Canvas(buffer, pagesize=pagesize, pageCompression=1)
        self.canvas.setTitle("Thẻ đảng viên")
        self._define_forms()

    # -- static parts ------------------------------------------------------
    def _define_forms(self):
        c = self.canvas
        c.beginForm("front")
        c.setFillColor(RED)
        c.rect(0, 0, CARD_W, CARD_H, stroke=0, fill=1)
        c.setFillColor(DARK_RED)
        c.rect(0, 0, CARD_W, 6 * mm, stroke=0, fill=1)
        self._emblem(CARD_W / 2, CARD_H / 2 + 1 * mm, 11 * mm)
        c.setFillColor(GOLD)
        c.setFont(self.bold, 10)
        c.drawCentredString(CARD_W / 2, CARD_H - 8 * mm, LABELS["party"])
        c.setFont(self.bold, 12)
        c.drawCentredString(CARD_W / 2, 9 * mm, LABELS["card"])
        c.setFont(self.font, 5.5)
        c.drawCentredString(CARD_W / 2, 2.2 * mm, LABELS["motto"])
        c.endForm()

        c.beginForm("back")
        c.setFillColor(white)
        c.rect(0, 0, CARD_W, CARD_H, stroke=0, fill=1)
        c.setFillColor(RED)
        c.rect(0, CARD_H - 7 * mm, CARD_W, 7 * mm, stroke=0, fill=1)
        c.setFillColor(GOLD)
        c.setFont(self.bold, 8.5)
        c.drawCentredString(CARD_W / 2, CARD_H - 4.8 * mm, LABELS["party"])
        c.setStrokeColor(RED)
        c.setLineWidth(0.6)
        c.rect(0.6, 0.6, CARD_W - 1.2, CARD_H - 1.2, stroke=1, fill=0)
        c.setFillColor(GREY)
        c.setFont(self.font, 6)
        x = 25 * mm
        for index, key in enumerate(
            ("name", "birth", "admission", "official", "number")
        ):
            c.drawString(x, CARD_H - (12 + index * 5.2) * mm, LABELS[key])
        c.drawString(3 * mm, 4.5 * mm, LABELS["issued"])
        c.endForm()

    def _emblem(self, cx, cy, r):
        """Gold circle with a five-pointed star: the emblem area."""
        c = self.canvas
        c.setFillColor(GOLD)
        c.circle(cx, cy, r, stroke=0, fill=1)
        c.setFillColor(RED)
        c.circle(cx, cy, r * 0.86, stroke=0, fill=1)
        path = c.beginPath()
        for i in range(10):
            angle = math.pi / 2 + i * math.pi / 5
            radius = r * 0.72 if i % 2 == 0 else r * 0.29
            px, py = cx + radius * math.cos(angle), cy + radius * math.sin(angle)
            if i == 0:
                path.moveTo(px, py)
            else:
                path.lineTo(px, py)
        path.close()
        c.setFillColor(GOLD)
        c.drawPath(path, stroke=0, fill=1)

    # -- variable parts ------------------------------------------------------
    def draw_front(self, x, y):
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.doForm("front")
        c.restoreState()

    def draw_back(self, x, y, card):
        c = self.canvas
        c.saveState()
        c.translate(x, y)
        c.doForm("back")
        # photo
        photo_x, photo_y, photo_w, photo_h = 3 * mm, 13 * mm, 20 * mm, 27 * mm
        if card.photo:
            try:
                c.drawImage(
                    ImageReader(io.BytesIO(card.photo)),
                    photo_x,
                    photo_y,
                    photo_w,
                    photo_h,
                    preserveAspectRatio=True,
                    anchor="c",
                )
            except (OSError, ValueError):
                card = card._replace(photo=None)
        if not card.photo:
            c.setStrokeColor(GREY)
            c.setLineWidth(0.3)
            c.rect(photo_x, photo_y, photo_w, photo_h, stroke=1, fill=0)
            c.setFillColor(GREY)
            c.setFont(self.font, 5)
            c.drawCentredString(
                photo_x + photo_w / 2, photo_y + photo_h / 2, LABELS["photo"]
            )
        c.setFillColor(black)
        vx = 40 * mm
        values = (card.name, card.birth_date, card.admission_date, card.official_date)
        for index, value in enumerate(values):
            c.setFont(self.bold if index == 0 else self.font, 7 if index == 0 else 6.5)
            c.drawString(
                vx - (3 * mm if index == 0 else 0),
                CARD_H - (12 + index * 5.2) * mm,
                value or "",
            )
        c.setFillColor(RED)
        c.setFont(self.bold, 9)
        c.drawString(vx, CARD_H - (12 + 4 * 5.2) * mm, card.number or "")
        c.setFillColor(black)
        c.setFont(self.font, 5.5)
        c.drawString(14.5 * mm, 4.5 * mm, card.issue_date or "")
        c.drawString(3 * mm, 1.8 * mm, (card.issuer or "")[:70])
        self._qr(card.qr, CARD_W - 19 * mm, 3 * mm, 16 * mm)
        c.restoreState()

    def _qr(self, mask, x, y, side):
        """Paint a ``qr_mask`` as an inline image mask: one operator, no
        per-module drawing."""
        size, hexdata = mask.split(":", 1)
        self.canvas.setFillColor(black)
        self.canvas._code.append(
            f"q {side:.2f} 0 0 {side:.2f} {x:.2f} {y:.2f} cm BI /W {size} /H {size} "
            f"/IM true /BPC 1 /D [1 0] /F /AHx ID {hexdata}> EI Q"
        )

    def crop_marks(self, x, y):
        c = self.canvas
        c.setStrokeColor(black)
        c.setLineWidth(0.25)
        for cx in (x, x + CARD_W):
            for cy in (y, y + CARD_H):
                dx = -1 if cx == x else 1
                dy = -1 if cy == y else 1
                c.line(cx + dx * 0.8 * mm, cy, cx + dx * (0.8 * mm + MARK), cy)
                c.line(cx, cy + dy * 0.8 * mm, cx, cy + dy * (0.8 * mm + MARK))


def render_single(cards):
    """One page per side at the card's size: front, back, front, back..."""
    buffer = io.BytesIO()
    renderer = CardRenderer(buffer, (CARD_W, CARD_H))
    c = renderer.canvas
    for card in cards:
        renderer.draw_front(0, 0)
        c.showPage()
        renderer.draw_back(0, 0, card)
        c.showPage()
    c.save()
    return buffer.getvalue()


def render_sheets(cards):
    """A4 sheets of 10 cards with crop marks: a page of fronts, then the page
    of their backs mirrored left-right for duplex printing."""
    buffer = io.BytesIO()
    renderer = CardRenderer(buffer, A4)
    c = renderer.canvas
    page_w, page_h = A4
    left = (page_w - SHEET_COLS * CARD_W - (SHEET_COLS - 1) * GUTTER_X) / 2
    top = (page_h + SHEET_ROWS * CARD_H + (SHEET_ROWS - 1) * GUTTER_Y) / 2
    per_page = SHEET_COLS * SHEET_ROWS

    def origin(index, mirrored):
        row, col = divmod(index, SHEET_COLS)
        if mirrored:
            col = SHEET_COLS - 1 - col
        return (
            left + col * (CARD_W + GUTTER_X),
            top - (row + 1) * CARD_H - row * GUTTER_Y,
        )

    # The crop marks of a full sheet, drawn once and reused on every page.
    c.beginForm("marks")
    for index in range(per_page):
        renderer.crop_marks(*origin(index, False))
    c.endForm()

    def marks(count, mirrored):
        if count == per_page:
            c.doForm("marks")  # symmetric: also right for mirrored backs
        else:
            for index in range(count):
                renderer.crop_marks(*origin(index, mirrored))

    for start in range(0, len(cards), per_page):
        chunk = cards[start : start + per_page]
        for index in range(len(chunk)):
            renderer.draw_front(*origin(index, False))
        marks(len(chunk), False)
        c.showPage()
        for index, card in enumerate(chunk):
            renderer.draw_back(*origin(index, True), card)
        marks(len(chunk), True)
        c.showPage()
    if not cards:
        c.showPage()
    c.save()
    return buffer.getvalue()
