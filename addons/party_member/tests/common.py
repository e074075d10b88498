# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_org.tests.common import PartyOrgCase


class PartyMemberCase(PartyOrgCase):
    """party_org's companies, tree and users, plus a decision and helpers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Member = cls.env["party.member"]
        cls.decision = cls.env["party.decision"].create(
            {
                "name": "15-QĐ/ĐU",
                "date": date(2020, 1, 10),
                "decision_type": "admission",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )

    @classmethod
    def _secretary_on_sub_committee(cls):
        """Give the secretary a position on the sub-committee: the secretary's
        scope becomes its subtree (cell_2)."""
        term = cls.env["party.term"].create(
            {
                "organization_id": cls.sub_committee.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        return cls.env["party.position"].create(
            {
                "organization_id": cls.sub_committee.id,
                "term_id": term.id,
                "employee_id": cls.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )

    @classmethod
    def _member_user_employee(cls):
        """An employee linked to user_member (to link a member to that user)."""
        return cls.env["hr.employee"].create(
            {
                "name": "Đảng viên",
                "company_id": cls.company.id,
                "user_id": cls.user_member.id,
            }
        )

    @classmethod
    def _member(cls, name, cell=None, admitted=None, **vals):
        """A member of ``cell``, admitted on ``admitted`` when given."""
        member = cls.env["party.member"].create(
            {
                "name": name,
                "organization_id": (cell or cls.cell_1).id,
                "company_id": cls.company.id,
                **vals,
            }
        )
        if admitted:
            member._add_event("admission", admitted, decision=cls.decision)
        return member

    @classmethod
    def _official(cls, name, cell=None, admitted=date(2015, 3, 2), **vals):
        member = cls._member(name, cell, admitted, **vals)
        member._add_event(
            "official_recognition", admitted.replace(year=admitted.year + 1)
        )
        return member
