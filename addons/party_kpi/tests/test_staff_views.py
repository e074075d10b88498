# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin


@tagged("post_install", "-at_install")
class TestKpiStaffViews(StaffViewsMixin, TransactionCase):
    def test_review_activity_views(self):
        self.assertActionViews("party_kpi.party_evaluation_action")
        self.assertActionViews("party_kpi.party_org_evaluation_action")
