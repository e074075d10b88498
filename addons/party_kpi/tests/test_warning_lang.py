# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import PartyKpiCase

VI = "vi_VN"


@tagged("post_install", "-at_install")
class TestEarlyWarningLanguage(PartyKpiCase):
    def test_unpaid_fees_warning_in_secretary_language(self):
        """An early warning is in the language of its secretary (issue #10, terms)."""
        if "party.fee.line" not in self.env:
            return
        self.env["res.lang"]._activate_lang(VI)
        self.user_secretary.lang = VI
        term = self.env["party.term"].create(
            {
                "organization_id": self.cell_1.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        self.env["party.position"].create(
            {
                "organization_id": self.cell_1.id,
                "term_id": term.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        member = self._official("Nợ đảng phí", self.cell_1)
        self.env["party.fee.line"].create(
            [
                {
                    "member_id": member.id,
                    "company_id": self.company.id,
                    "organization_id": self.cell_1.id,
                    "month": date(2025, month, 1),
                    "amount_due": 50000,
                }
                for month in (1, 2, 3)
            ]
        )
        warning = self.env["party.early.warning"].with_context(lang="en_US")
        activities = warning._run(date(2025, 5, 15), ["unpaid_fees"])
        activity = activities.filtered(lambda a: a.res_id == member.id)
        self.assertEqual(activity.user_id, self.user_secretary)
        self.assertEqual(activity.summary, "3 tháng chưa đóng đảng phí trong năm")
