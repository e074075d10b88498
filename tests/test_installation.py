# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The database built by `make test` holds the whole suite, in Vietnamese too."""

from odoo.tests import TransactionCase

ADDONS = ["party_org", "party_member", "party_docs", "party_kpi"]


class TestInstallation(TransactionCase):
    # Outside odoo.addons, Odoo's test metaclass does not tag the class.
    test_tags = {"party_suite"}
    test_module = "party_suite"

    def test_party_addons_installed(self):
        """All four party addons are installed."""
        modules = self.env["ir.module.module"].search([("name", "in", ADDONS)])
        self.assertEqual(sorted(modules.mapped("name")), sorted(ADDONS))
        self.assertEqual(set(modules.mapped("state")), {"installed"})

    def test_vietnamese_loaded(self):
        """Vietnamese is installed and the party app menu is translated."""
        self.assertTrue(self.env["res.lang"]._lang_get("vi_VN").active)
        menu = self.env.ref("party_org.party_root_menu").with_context(lang="vi_VN")
        self.assertEqual(menu.name, "Công tác Đảng")
