# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Receipt (biên lai thu đảng phí) of collected fee lines."""

from .tables import pdf_table


def vnd(amount):
    return f"{int(amount or 0):,}".replace(",", ".")


def render_receipt(lines):
    """One receipt PDF for ``lines`` sharing a receipt number."""
    lines = lines.sudo()
    first = lines[0]
    rows = [
        (
            index,
            line.member_id.name,
            line.month.strftime("%m/%Y"),
            vnd(line.amount_paid),
            line.date and line.date.strftime("%d/%m/%Y") or "",
        )
        for index, line in enumerate(lines, start=1)
    ]
    total = sum(lines.mapped("amount_paid"))
    return pdf_table(
        "BIÊN LAI THU ĐẢNG PHÍ",
        f"Số {first.receipt_number} – {first.organization_id.name or ''}",
        ["STT", "Họ và tên", "Tháng", "Số tiền (đồng)", "Ngày nộp"],
        rows,
        footer=["", "Tổng cộng", "", vnd(total), ""],
        issuer=first.organization_id.name or "",
    )
