# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin


@tagged("post_install", "-at_install")
class TestAdmissionStaffViews(StaffViewsMixin, TransactionCase):
    def test_candidate_activity_view(self):
        self.assertActionViews("party_member_admission.party_candidate_action")
