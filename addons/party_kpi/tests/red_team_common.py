# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from .common import YEAR, PartyKpiCase

# What a forged approval writes directly, skipping the level above.
FORGED_APPROVAL = {
    "state": "approved",
    "approved_grade": "excellent",
    "approval_date": "2026-01-15 09:00:00",
}


class KpiRedTeamCase(PartyKpiCase):
    """Sub-committee (level above) → cell_2 (the branch) → members.

    ``user_secretary`` sits on the sub-committee and is a member of cell_2;
    ``user_cell`` is the secretary of cell_2 and a member of it;
    ``user_member`` is a plain member of cell_2."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.user_cell = cls._user(
            "cell_secretary", "party_org.group_party_secretary", cls.company
        )
        cls.employee_cell = cls.env["hr.employee"].create(
            {
                "name": "Bí thư Chi bộ 2",
                "company_id": cls.company.id,
                "user_id": cls.user_cell.id,
            }
        )
        cls.env["party.position"].create(
            {
                "organization_id": cls.cell_2.id,
                "term_id": cls.term.id,
                "employee_id": cls.employee_cell.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cls.own = cls._linked("Đảng viên tự đánh giá", cls.user_member)
        cls.cell_own = cls._linked("Bí thư chi bộ tự đánh giá", cls.user_cell)
        cls.above_own = cls._linked("Bí thư đảng ủy bộ phận", cls.user_secretary)
        cls.colleague = cls._official("Đồng chí cùng chi bộ", cls.cell_2)
        cls.no_account = cls._official("Đảng viên không tài khoản", cls.cell_2)
        cls.review_own = cls._review(cls.own, 80)
        cls.review_no_account = cls._review(cls.no_account, 80)
        cls.review_cell_own = cls._review(cls.cell_own, 85, state="proposed")
        cls.review_above_own = cls._review(cls.above_own, 85, state="proposed")
        cls.review_colleague = cls._review(cls.colleague, 80, state="proposed")
        cls.review_approved = cls._review(cls.own, 75, year=YEAR - 1, state="approved")
        cls.org_committee = cls.OrgEvaluation.create(
            {"organization_id": cls.committee.id, "year": YEAR}
        )
        cls.org_cell_2 = cls.OrgEvaluation.create(
            {"organization_id": cls.cell_2.id, "year": YEAR}
        )
        cls.kpi = cls.env["party.kpi"].create(
            {
                "code": "T_RED_TEAM",
                "name": "Red team",
                "measure": "members_by_grade",
                "periodicity": "yearly",
            }
        )
        cls.values = cls.kpi._compute_values(
            date(YEAR, 6, 1), cls.cell_2 | cls.sub_committee
        )

    @classmethod
    def _linked(cls, name, user):
        member = cls._official(name, cls.cell_2)
        member.user_id = user
        return member
