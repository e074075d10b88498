# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Members, fee lines and badge proposals of cell_2 (the secretary's scope)
and one member of cell_1 (outside it), for the report tests."""

from datetime import date

from odoo.addons.party_org.tests.pdf_common import PdfReportMixin

from .common import PartyMemberCase
from .images import _png

RECEIPT = "party_member.party_fee_receipt_report"
BOOK = "party_member.party_fee_book_report"
PROPOSAL = "party_member.party_badge_proposal_report"
AWARDS = "party_member.party_badge_award_list_report"
FORM = "party_member.party_member_form_report"
A4_LANDSCAPE = (842, 595)
MARCH = date(2026, 3, 1)
APRIL = date(2026, 4, 1)
OCCASION = date(2026, 2, 3)


class MemberReportCase(PdfReportMixin, PartyMemberCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.company.city = "Hà Nội"
        cls.tuyet = cls._official(
            "Nguyễn Thị Ánh Tuyết",
            cls.cell_2,
            admitted=date(1990, 1, 1),
            birth_date=date(1965, 7, 9),
            birth_place="Xã Đông Hưng, tỉnh Thái Bình",
            fee_category="wage_earner",
            fee_base=12_345_650,
            image_1920=_png(),
        )
        cls.khanh = cls._official(
            "Đặng Quốc Khánh",
            cls.cell_2,
            admitted=date(1991, 5, 4),
            birth_date=date(1966, 12, 1),
            fee_category="wage_earner",
            fee_base=8_000_000,
        )
        cls.outsider = cls._official(
            "Hoàng Văn Nam", cls.cell_1, admitted=date(1990, 1, 1), fee_base=9_000_000
        )
        cls.in_scope = cls.tuyet | cls.khanh
        Line = cls.env["party.fee.line"]
        for month in (MARCH, APRIL):
            Line._generate(month, cls.cell_2)
            Line._generate(month, cls.cell_1)
        cls.march = Line.search(
            [("month", "=", MARCH), ("member_id", "in", cls.in_scope.ids)],
            order="member_id",
        )
        cls.march.with_user(cls.user_secretary)._collect(
            date(2026, 3, 10), "cash", "BL2026/00007"
        )
        cls.outsider_line = Line.search(
            [("month", "=", MARCH), ("member_id", "=", cls.outsider.id)]
        )
        cls.outsider_line._collect(date(2026, 3, 11), "cash", "BL2026/00008")

    def _line(self, member, month=MARCH):
        return self.env["party.fee.line"].search(
            [("month", "=", month), ("member_id", "=", member.id)]
        )

    def _text(self, report, records, user=None):
        return " ".join(self._pdf_pages(self._render_pdf(report, records, user=user)))

    def _printed(self, user, label):
        """The access-log lines of prints by ``user`` labelled ``label``."""
        return self.env["party.member.access.log"].search(
            [
                ("user_id", "=", user.id),
                ("operation", "=", "print"),
                ("field_names", "=", label),
            ]
        )
