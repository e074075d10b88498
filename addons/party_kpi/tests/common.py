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
    def _statistics_officials(cls):
        """The statistics' three officials: a woman and a man in cell 1, a
        man in cell 2."""
        cls._official("Nguyễn Thị A", cls.cell_1, sex="female")
        cls._official("Trần Văn B", cls.cell_1, sex="male")
        cls._official("Phạm Văn C", cls.cell_2, sex="male")

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


class KpiBridgeCase(PartyKpiCase):
    """party_kpi's case for a bridge that adds measures: the tree's
    organisations, their values of a KPI, and the checks every bridge makes
    (its measure in the registry, its KPI record moved by the upgrade)."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.orgs = cls.committee | cls.sub_committee | cls.cell_1 | cls.cell_2

    def _values(self, kpi, day):
        """{organisation: value} of ``kpi`` for the period of ``day``."""
        values = kpi._compute_values(day, self.orgs)
        return {value.organization_id: value for value in values}

    def _assert_measure_of(self, xmlid, key):
        """Measure ``key`` is in the KPI's selection, and the KPI record
        ``xmlid`` of the bridge's data uses it."""
        self.assertIn(key, dict(self.env["party.kpi"]._fields["measure"].selection))
        self.assertEqual(self.env.ref(xmlid).measure, key)

    def _assert_split_off(self, xmlid):
        """As before the split: the KPI record ``xmlid`` under party_kpi and
        its bridge not installed. After party_kpi's pre-migration the same
        row is the bridge's, and the bridge is to install without its demo
        (party_org/upgrade.py)."""
        cr = self.env.cr
        bridge, name = xmlid.split(".")
        kpi = self.env.ref(xmlid)
        cr.execute(
            "UPDATE ir_model_data SET module = 'party_kpi'"
            " WHERE module = %s AND name = %s",
            [bridge, name],
        )
        cr.execute(
            "UPDATE ir_module_module SET state = 'uninstalled', demo = true"
            " WHERE name = %s",
            [bridge],
        )
        pre_migration = _load_migration("18.0.2.0.0", "pre-migration")
        pre_migration.migrate(cr, "18.0.1.0.0")
        cr.execute("SELECT module, res_id FROM ir_model_data WHERE name = %s", [name])
        self.assertEqual(cr.fetchall(), [(bridge, kpi.id)])
        cr.execute("SELECT state, demo FROM ir_module_module WHERE name = %s", [bridge])
        self.assertEqual(cr.fetchone(), ("to install", False))


def _load_migration(version, name):
    """The migration script ``name`` of party_kpi's ``version``, as a module."""
    path = Path(get_module_path("party_kpi")) / "migrations" / version / f"{name}.py"
    spec = importlib.util.spec_from_file_location(f"party_kpi_{name}", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
