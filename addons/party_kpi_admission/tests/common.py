# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.party_kpi.tests.common import YEAR, KpiBridgeCase

__all__ = ["YEAR", "PartyKpiAdmissionCase"]


class PartyKpiAdmissionCase(KpiBridgeCase):
    """party_kpi's case, plus candidates planned for admission."""

    @classmethod
    def _candidates(cls, count, org, planned, prefix="Quần chúng"):
        """``count`` candidates of ``org`` planned for admission on ``planned``."""
        return cls.env["party.candidate"].create(
            [
                {
                    "name": f"{prefix} {index}",
                    "organization_id": org.id,
                    "company_id": cls.company.id,
                    "planned_admission_date": planned,
                }
                for index in range(count)
            ]
        )
