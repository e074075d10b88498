# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestApplication(TransactionCase):
    def test_one_application(self):
        """Apps lists "Party Work" once, as party_work; the home menu keeps
        party_org's root menu and icon."""
        modules = self.env["ir.module.module"].search(
            [("name", "=like", "party\\_%"), ("application", "=", True)]
        )
        self.assertEqual(modules.mapped("name"), ["party_work"])
        self.assertEqual(modules.icon, "/party_work/static/description/icon.png")
        root = self.env.ref("party_org.party_root_menu")
        self.assertFalse(root.parent_id)
        self.assertEqual(root.web_icon, "party_org,static/description/icon.png")
