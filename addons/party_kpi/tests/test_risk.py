# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import fields
from odoo.tests import tagged

from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestRiskScore(PartyKpiCase):
    def test_train_and_score(self):
        """The model trained on past reviews ranks a member disciplined this
        year highest and names the discipline among the top factors."""
        this_year = fields.Date.context_today(self.env["party.member"]).year
        members = self._members(30, self.cell_1)
        Discipline = self.env["party.discipline"]
        for year in (this_year - 2, this_year - 1):
            flagged = members[year % 2 :: 5]
            Discipline.create(
                [
                    {
                        "member_id": m.id,
                        "decision_id": self.discipline_decision.id,
                        "form": "reprimand",
                        "date": date(year, 3, 1),
                    }
                    for m in flagged
                ]
            )
            for member in members:
                self._review(member, 80, year=year, state="proposed")
        model, score = self.env["party.member"]._train_risk_model()
        self.assertTrue(model)
        self.assertIsNotNone(score)
        # pylint: disable-next=print-used
        print(
            f"party_kpi risk model on the DB: AUC on held-out year "
            f"{this_year - 1} = {score:.3f}"
        )
        self.assertGreaterEqual(score, 0.75)
        risky = members[1]
        Discipline.create(
            {
                "member_id": risky.id,
                "decision_id": self.discipline_decision.id,
                "form": "warning",
                "date": date(this_year, 1, 5),
            }
        )
        members._score_risk(this_year)
        others = (members - risky).mapped("risk_score")
        self.assertGreater(risky.risk_score, max(others))
        self.assertIn("discipline", risky.risk_factors)
