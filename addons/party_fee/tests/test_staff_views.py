# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from lxml import etree

from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestFeeStaffViews(TransactionCase):
    def test_fee_line_side_panel(self):
        """Fee lines have no activities; their search view has the side panel
        by the collecting branch (a stored field)."""
        Line = self.env["party.fee.line"]
        arch = Line.get_views([(False, "search")])["views"]["search"]["arch"]
        search = etree.fromstring(arch)
        self.assertTrue(search.xpath("//searchpanel/field[@name='organization_id']"))
        self.assertTrue(Line._fields["organization_id"].store)
