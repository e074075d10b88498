# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date
from unittest.mock import patch

from odoo import fields
from odoo.exceptions import AccessError
from odoo.tests import tagged

from ..models import party_member as party_member_module
from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestRiskScore(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.this_year = fields.Date.context_today(cls.env["party.member"]).year
        cls.members = cls._members(30, cls.cell_1)
        cls.weak = cls.members[::5]
        for year in range(cls.this_year - 3, cls.this_year):
            for member in cls.members:
                cls._review(
                    member,
                    30 if member in cls.weak else 80,
                    year=year,
                    state="proposed",
                )
        # Disciplined last year: the knock-out decides the grade by rule.
        cls.disciplined = cls.members[1]
        cls.env["party.discipline"].create(
            {
                "member_id": cls.disciplined.id,
                "decision_id": cls.discipline_decision.id,
                "form": "reprimand",
                "date": date(cls.this_year - 1, 3, 1),
            }
        )
        # Only this company in the test: the others do not use the model.
        (cls.env["res.company"].search([]) - cls.company).write(
            {"party_risk_enabled": False}
        )

    def test_train_and_score(self):
        """The model trained on past reviews ranks the members with a low
        last score highest and names that factor; no factor is a discipline,
        and reviews knocked out by a discipline are not learnt from."""
        rows, labels, _years = self.env["party.member"]._risk_training_set()
        self.assertEqual(len(rows), 3 * 30 - 1)
        self.assertEqual(len(rows[0]), 4)
        model, score = self.env["party.member"]._train_risk_model()
        self.assertTrue(model)
        self.assertGreaterEqual(score, 0.75)
        self.assertNotIn("disciplined", model.features)
        self.members._score_risk(self.this_year)
        others = (self.members - self.weak).mapped("risk_score")
        self.assertGreater(min(self.weak.mapped("risk_score")), max(others))
        self.assertIn("low score at the last review", self.weak[0].risk_factors)
        self.assertFalse(
            any("discipline" in (m.risk_factors or "") for m in self.members)
        )

    def test_training_sample_bounded(self):
        """Above MAX_TRAINING_ROWS graded reviews the model learns from that
        many, the same ones at every run (a million reviews would not fit in
        the weekly cron)."""
        with patch.object(party_member_module, "MAX_TRAINING_ROWS", 40):
            first = self.env["party.member"]._risk_training_set()
            again = self.env["party.member"]._risk_training_set()
        self.assertEqual(len(first[0]), 40)
        self.assertEqual(first, again)

    def test_switch_off_per_company(self):
        """The party office switches the model off for its company: the
        scores are cleared and the cron computes nothing; a secretary cannot
        switch it (Law 91/2025/QH15)."""
        Member = self.env["party.member"]
        Member._cron_risk()
        self.assertTrue(any(self.weak.mapped("risk_score")))
        company = self.company.with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            company.write({"party_risk_enabled": False})
        self.assertTrue(self.company.party_risk_enabled)
        self.company.with_user(self.user_office).write({"party_risk_enabled": False})
        self.assertFalse(self.company.party_risk_enabled)
        self.assertFalse(any(self.members.mapped("risk_score")))
        Member._cron_risk()
        self.assertFalse(any(self.members.mapped("risk_score")))
        self.assertFalse(Member._risk_training_set()[0])
        # Saving the settings unchanged is not a change of the switch.
        company.write({"party_risk_enabled": False})
        # The office's buttons on the risk list, for the current company.
        office_members = Member.with_user(self.user_office).with_company(self.company)
        office_members.action_party_risk_switch_on()
        self.assertTrue(self.company.party_risk_enabled)
        secretary_members = Member.with_user(self.user_secretary).with_company(
            self.company
        )
        with self.assertRaises(AccessError):
            secretary_members.action_party_risk_switch_off()
        # Refused even when the switch is already where asked.
        with self.assertRaises(AccessError):
            secretary_members.action_party_risk_switch_on()
        office_members.action_party_risk_switch_off()
        self.assertFalse(self.company.party_risk_enabled)

    def test_scores_of_members_who_left_cleared(self):
        """QA docs #25: a member who left the Party loses their score at the
        next run."""
        Member = self.env["party.member"]
        Member._cron_risk()
        gone = self.weak[0]
        self.assertTrue(gone.risk_score)
        gone._add_event("expulsion", date(self.this_year, 1, 2))
        Member._cron_risk()
        self.assertFalse(gone.risk_score)
        self.assertTrue(self.weak[1].risk_score)
