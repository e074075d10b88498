# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import fields

from odoo.addons.party_portal.tests.common import PartyPortalCase

DUE = 100_000


class PortalFeeCase(PartyPortalCase):
    """Fee lines of An: March of last year paid (receipt BL-AN-03), April
    and May of last year unpaid (2 unpaid months), this month unpaid: 300.000
    still to pay. Bình: March of last year paid (receipt BL-BINH-03)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        today = fields.Date.today()
        cls.this_month = today.replace(day=1)
        cls.last_year = today.year - 1
        cls.march, cls.april, cls.may = (
            date(cls.last_year, month, 1) for month in (3, 4, 5)
        )
        cls.an_march = cls._fee_line(cls.member_an, cls.march)
        cls.an_april = cls._fee_line(cls.member_an, cls.april)
        cls.an_may = cls._fee_line(cls.member_an, cls.may)
        cls.an_now = cls._fee_line(cls.member_an, cls.this_month)
        cls.binh_march = cls._fee_line(cls.member_binh, cls.march)
        cls.an_march.with_user(cls.user_secretary)._collect(
            date(cls.last_year, 3, 10), "cash", "BL-AN-03"
        )
        cls.binh_march.with_user(cls.user_secretary)._collect(
            date(cls.last_year, 3, 11), "cash", "BL-BINH-03"
        )

    @classmethod
    def _fee_line(cls, member, month, due=DUE):
        return (
            cls.env["party.fee.line"]
            .sudo()
            .create(
                {
                    "member_id": member.id,
                    "company_id": member.company_id.id,
                    "organization_id": member.organization_id.id,
                    "month": month,
                    "category": "student",
                    "amount_due": due,
                }
            )
        )
