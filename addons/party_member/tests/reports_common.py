# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The members every report test prints, in every addon: two of cell_2 (the
secretary's scope) and one of cell_1 (outside it)."""

from datetime import date

from odoo.addons.party_org.tests.pdf_common import PdfReportMixin

from .common import PartyMemberCase


class MemberReportCase(PdfReportMixin, PartyMemberCase):
    """``tuyet`` and ``khanh`` in cell_2, ``outsider`` in cell_1; an addon's
    report tests add their own values to each through
    ``_member_report_values``."""

    @classmethod
    def _member_report_values(cls, key):
        """Extra values of the member ``key`` (tuyet, khanh, outsider)."""
        return {}

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
            **cls._member_report_values("tuyet"),
        )
        cls.khanh = cls._official(
            "Đặng Quốc Khánh",
            cls.cell_2,
            admitted=date(1991, 5, 4),
            birth_date=date(1966, 12, 1),
            **cls._member_report_values("khanh"),
        )
        cls.outsider = cls._official(
            "Hoàng Văn Nam",
            cls.cell_1,
            admitted=date(1990, 1, 1),
            **cls._member_report_values("outsider"),
        )
        cls.in_scope = cls.tuyet | cls.khanh

    def _text(self, report, records, user=None):
        return " ".join(self._pdf_pages(self._render_pdf(report, records, user=user)))

    def _logged(self, user, operation, label=None):
        """The access-log lines of ``operation`` by ``user`` (``label``: the
        printed form)."""
        domain = [("user_id", "=", user.id), ("operation", "=", operation)]
        if label:
            domain.append(("field_names", "=", label))
        return self.env["party.member.access.log"].search(domain)

    def _printed(self, user, label):
        return self._logged(user, "print", label)
