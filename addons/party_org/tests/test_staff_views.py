# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from .staff_views import StaffViewsMixin


@tagged("post_install", "-at_install")
class TestOrgStaffViews(StaffViewsMixin, TransactionCase):
    def test_organization_activity_view(self):
        self.assertActionViews("party_org.party_organization_action")
