# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Members of cell_2 (the secretary's scope)
and one member of cell_1 (outside it), for the report tests."""

from datetime import date

from odoo.addons.party_org.tests.pdf_common import PdfReportMixin

from .common_cards import PartyCardCase
from .test_card_verify import _png

CARDS = "party_member.party_card_sheet_report"
A4_LANDSCAPE = (842, 595)


class MemberReportCase(PdfReportMixin, PartyCardCase):
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
            image_1920=_png(),
        )
        cls.khanh = cls._official(
            "Đặng Quốc Khánh",
            cls.cell_2,
            admitted=date(1991, 5, 4),
            birth_date=date(1966, 12, 1),
        )
        cls.outsider = cls._official(
            "Hoàng Văn Nam", cls.cell_1, admitted=date(1990, 1, 1)
        )
        cls.in_scope = cls.tuyet | cls.khanh

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
