# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_member.tests.lifecycle_common import PartyLifecycleCase


class PartyAdmissionCase(PartyLifecycleCase):
    """The lifecycle fixture (three official members in cell 2, whose
    secretary is ``user_secretary``) plus candidates of cell 2."""

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
