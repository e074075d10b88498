# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import tagged

from .common import YEAR, PartyKpiCase


@tagged("post_install", "-at_install")
class TestOrgGradeSettings(PartyKpiCase):
    """The caps of the organisation grade are system parameters (settings)."""

    def _org_review(self, org, score):
        review = self.OrgEvaluation.create(
            {"organization_id": org.id, "year": YEAR, "score": score}
        )
        review.action_propose()
        return review

    def _set(self, key, value):
        self.env["ir.config_parameter"].sudo().set_param(f"party_kpi.{key}", value)

    def test_member_caps_configurable(self):
        """The 10% and 20% member caps follow their settings."""
        members = self._members(5, self.cell_1)
        for member in members[:4]:
            self._review(member, 85, state="proposed")
        self._review(members[4], 30, state="proposed")
        review = self._org_review(self.cell_1, 95)
        # 20% not completed: above 10%, not above 20%
        self.assertEqual(review.proposed_grade, "completed")
        settings = self.env["res.config.settings"].create(
            {"party_org_max_failed_share_good": 0.25}
        )
        settings.execute()
        review.action_recompute_grade()
        self.assertEqual(review.proposed_grade, "good")
        self._set("org_max_failed_share_completed", "0.15")
        review.action_recompute_grade()
        self.assertEqual(review.proposed_grade, "not_completed")

    def test_sub_unit_cap_configurable(self):
        """The half-of-sub-units cap follows its setting."""
        self._org_review(self.sub_committee, 40)
        self._org_review(self.cell_1, 95)
        review = self._org_review(self.committee, 95)
        self.assertEqual(review.proposed_grade, "completed")
        self._set("org_max_failed_sub_unit_share", "0.4")
        review.action_recompute_grade()
        self.assertEqual(review.proposed_grade, "not_completed")
