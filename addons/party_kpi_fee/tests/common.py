# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_kpi.tests.common import YEAR, KpiBridgeCase

__all__ = ["YEAR", "PartyKpiFeeCase"]


class PartyKpiFeeCase(KpiBridgeCase):
    """party_kpi's case, plus monthly fee lines."""

    @classmethod
    def _fee_lines(cls, members, months, year=YEAR, amount_due=50000, **vals):
        """One fee line of ``amount_due`` per member and month of ``year``."""
        return cls.env["party.fee.line"].create(
            [
                {
                    "member_id": member.id,
                    "company_id": cls.company.id,
                    "organization_id": member.organization_id.id,
                    "month": date(year, month, 1),
                    "amount_due": amount_due,
                    **vals,
                }
                for member in members
                for month in months
            ]
        )
