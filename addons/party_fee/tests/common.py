# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Members and fee lines of cell_2 (the secretary's scope) and one member of
cell_1 (outside it), for the fee report tests."""

from datetime import date

from odoo.addons.party_member.tests.reports_common import MemberReportCase

RECEIPT = "party_fee.party_fee_receipt_report"
BOOK = "party_fee.party_fee_book_report"
A4_LANDSCAPE = (842, 595)
MARCH = date(2026, 3, 1)
APRIL = date(2026, 4, 1)


class FeeReportCase(MemberReportCase):
    """The report members, wage earners with a fee base, and their fee lines
    of March (collected) and April."""

    @classmethod
    def _member_report_values(cls, key):
        return {
            "tuyet": {"fee_category": "wage_earner", "fee_base": 12_345_650},
            "khanh": {"fee_category": "wage_earner", "fee_base": 8_000_000},
            "outsider": {"fee_base": 9_000_000},
        }[key]

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
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
