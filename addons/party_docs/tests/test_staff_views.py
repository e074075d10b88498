# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged

from odoo.addons.party_org.tests.staff_views import StaffViewsMixin


@tagged("post_install", "-at_install")
class TestDocsStaffViews(StaffViewsMixin, TransactionCase):
    def test_activity_views_and_side_panel(self):
        for xmlid in (
            "party_docs.party_document_action_outgoing",
            "party_docs.party_document_action_incoming",
            "party_docs.party_meeting_action",
        ):
            with self.subTest(action=xmlid):
                self.assertActionViews(xmlid, "organization_id")
