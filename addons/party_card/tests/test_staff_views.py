# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin


@tagged("post_install", "-at_install")
class TestCardStaffViews(StaffViewsMixin, TransactionCase):
    def test_card_activity_view(self):
        self.assertActionViews("party_card.party_card_action")
