# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import importlib.util
from datetime import date
from pathlib import Path

from odoo.modules.module import get_module_path

from odoo.addons.party_member.tests.common import PartyMemberCase

YEAR = 2025


class PartyKpiCase(PartyMemberCase):
    """party_member's tree and users, plus review helpers."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.Evaluation = cls.env["party.evaluation"]
        cls.OrgEvaluation = cls.env["party.org.evaluation"]
        cls.discipline_decision = cls.env["party.decision"].create(
            {
                "name": "7-QĐ/ĐU",
                "date": date(YEAR, 6, 1),
                "decision_type": "discipline",
                "issuer_organization_id": cls.committee.id,
                "company_id": cls.company.id,
            }
        )

    @classmethod
    def _review(cls, member, points, year=YEAR, state=None, **vals):
        """A review of ``member`` whose branch score totals ``points``."""
        review = cls.env["party.evaluation"].create(
            {"member_id": member.id, "year": year, **vals}
        )
        review._set_points(points)
        if state in ("proposed", "approved"):
            review.action_propose()
        if state == "approved":
            review.action_approve()
        return review

    @classmethod
    def _members(cls, count, cell=None, prefix="Đảng viên"):
        Member = cls.env["party.member"]
        members = Member.create(
            [
                {
                    "name": f"{prefix} {index}",
                    "organization_id": (cell or cls.cell_1).id,
                    "company_id": cls.company.id,
                }
                for index in range(count)
            ]
        )
        members._add_event("admission", date(2015, 3, 2), decision=cls.decision)
        return members


def load_migration(version, name):
    """The migration script ``name`` (e.g. "pre-migration") of party_kpi's
    ``version``, as a module: the upgrade tests of the bridges run it."""
    path = Path(get_module_path("party_kpi")) / "migrations" / version / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"party_kpi_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
