# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Phiếu đảng viên (mẫu 2-HSĐV, Hướng dẫn 12-HD/BTCTW) as a PDF."""

import base64
import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import (
    Image,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from .fonts import register_fonts
from .markup import text


def _fmt(day):
    return day.strftime("%d/%m/%Y") if day else ""


def _selection_label(record, fname):
    value = record[fname]
    if not value:
        return ""
    return dict(record._fields[fname]._description_selection(record.env)).get(
        value, value
    )


def member_form_rows(member, private=False):
    """(label, value) of the 2-HSĐV form for ``member`` (sudo-read record);
    ethnicity and religion only when ``private`` (restricted fields)."""
    return [
        ("1. Họ và tên đang dùng", (member.name or "").upper()),
        ("2. Họ và tên khai sinh", member.birth_name or ""),
        ("3. Bí danh", member.aliases or ""),
        ("4. Giới tính", _selection_label(member, "sex")),
        ("5. Sinh ngày", _fmt(member.birth_date)),
        ("6. Nơi sinh", member.birth_place or ""),
        ("7. Quê quán", member.hometown or ""),
        ("8. Nơi thường trú", member.permanent_residence or ""),
        ("9. Nơi ở hiện nay", member.current_residence or ""),
        ("10. Dân tộc", member.ethnicity_id.name or "" if private else ""),
        ("11. Tôn giáo", member.religion_id.name or "" if private else ""),
        ("12. Nghề nghiệp", member.occupation or ""),
        ("13. Chức vụ", member.job or ""),
        ("14. Giáo dục phổ thông", member.general_education or ""),
        ("15. Chuyên môn nghiệp vụ", member.professional_qualification or ""),
        ("16. Lý luận chính trị", _selection_label(member, "political_theory_level")),
        ("17. Ngoại ngữ", member.languages or ""),
        ("18. Ngày vào Đảng (quyết định)", _fmt(member.admission_decision_date)),
        ("19. Ngày kết nạp", _fmt(member.admission_date)),
        ("20. Ngày chính thức", _fmt(member.official_date)),
        ("21. Số lý lịch", member.file_number or ""),
        ("22. Số thẻ đảng viên", member.card_number or ""),
        ("23. Chi bộ", member.organization_id.complete_name or ""),
        ("24. Tuổi đảng", member.party_age_display or ""),
    ]


def render_member_forms(members):
    """One page per member; ``members`` are read with the caller's rights."""
    font, bold = register_fonts()
    members.check_access("read")
    private = members.env.user.has_group("party_org.group_party_office")
    members = members.sudo()
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(
        buffer,
        pagesize=A4,
        leftMargin=20 * mm,
        rightMargin=15 * mm,
        topMargin=15 * mm,
        bottomMargin=15 * mm,
        title="Phiếu đảng viên",
    )
    header = ParagraphStyle("h", fontName=bold, fontSize=11, alignment=1, spaceAfter=4)
    title = ParagraphStyle("t", fontName=bold, fontSize=15, alignment=1, spaceAfter=8)
    cell = ParagraphStyle("c", fontName=font, fontSize=9.5, leading=12)
    cell_bold = ParagraphStyle("cb", parent=cell, fontName=bold)
    story = []
    for index, member in enumerate(members):
        if index:
            story.append(PageBreak())
        story.append(Paragraph("ĐẢNG CỘNG SẢN VIỆT NAM", header))
        story.append(
            Paragraph("Mẫu 2-HSĐV", ParagraphStyle("m", parent=cell, alignment=2))
        )
        story.append(Paragraph("PHIẾU ĐẢNG VIÊN", title))
        photo = None
        if member.image_256:
            try:
                photo = Image(
                    io.BytesIO(base64.b64decode(member.image_256)),
                    width=30 * mm,
                    height=40 * mm,
                    kind="proportional",
                )
            except (OSError, ValueError):
                photo = None
        photo = photo or Paragraph(
            "Ảnh 3×4", ParagraphStyle("p", parent=cell, alignment=1)
        )
        # The values are the member's data (plain text): escaped markup.
        rows = [
            [Paragraph(text(label), cell_bold), Paragraph(text(value), cell)]
            for label, value in member_form_rows(member, private)
        ]
        table = Table(rows, colWidths=[60 * mm, 80 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.25, "#999999"),
                ]
            )
        )
        layout = Table([[table, photo]], colWidths=[142 * mm, 33 * mm])
        layout.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("BOX", (1, 0), (1, 0), 0.5, "#555555"),
                ]
            )
        )
        story.append(layout)
        story.append(Spacer(1, 10 * mm))
        story.append(
            Paragraph(
                "Ngày ...... tháng ...... năm ......<br/>Người khai ký tên",
                ParagraphStyle("s", parent=cell, alignment=2),
            )
        )
    doc.build(story)
    return buffer.getvalue()
