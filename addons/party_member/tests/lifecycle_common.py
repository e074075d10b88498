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

    def _candidate(self, **vals):
        return self.env["party.candidate"].create(
            {
                "name": "Trần Thị Ứng Viên",
                "birth_date": date(1995, 4, 30),
                "organization_id": self.cell_2.id,
                "company_id": self.company.id,
                **vals,
            }
        )

    def _ready_candidate(self, **vals):
        """A candidate meeting every rule: branch review on 20/08/2026,
        admission on 02/09/2026."""
        values = dict(
            stage="sympathiser",
            certificate_date=date(2025, 6, 1),
            dossier_application=True,
            dossier_cv=True,
            dossier_introducers=True,
            dossier_union_recommendation=True,
            dossier_residence_comments=True,
            votes_for=3,
            vote_date=date(2026, 8, 20),
            introducer_1_id=self.officials[0].id,
            introducer_1_since=date(2024, 1, 1),
            introducer_2_id=self.officials[1].id,
            introducer_2_since=date(2024, 1, 1),
            planned_admission_date=date(2026, 9, 2),
            decision_number="15-QĐ/ĐU",
            decision_date=date(2026, 8, 25),
        )
        return self._candidate(**{**values, **vals})

    def _events(self, member, event_type):
        return member.event_ids.filtered(lambda e: e.event_type == event_type)
