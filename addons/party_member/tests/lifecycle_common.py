# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.common import PartyOrgCase


class PartyLifecycleCase(PartyOrgCase):
    """The party_org fixture plus official members in cell 2, whose
    secretary is ``user_secretary``."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.position_secretary = cls.env["party.position"].create(
            {
                "organization_id": cls.cell_2.id,
                "term_id": cls.term.id,
                "employee_id": cls.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cls.officials = cls.env["party.member"]
        for index in range(3):
            cls.officials |= cls._member(
                f"Đảng viên chính thức {index}",
                cls.cell_2,
                admitted=date(2010, 5, 19),
                official=date(2011, 5, 19),
            )

    @classmethod
    def _member(cls, name, cell, admitted, official=None, birth=date(1985, 3, 2)):
        """A member of ``cell`` admitted (decision and ceremony) on ``admitted``."""
        member = cls.env["party.member"].create(
            {
                "name": name,
                "birth_date": birth,
                "organization_id": cell.id,
                "company_id": cell.company_id.id,
                "admission_decision_date": admitted,
                "admission_date": admitted,
                "official_date": official,
            }
        )
        member._create_initial_events()
        return member

    def _events(self, member, event_type):
        return member.event_ids.filtered(lambda e: e.event_type == event_type)
