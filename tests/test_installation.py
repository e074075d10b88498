# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The database built by `make test` holds the whole suite, in Vietnamese too."""

import polib
from suite_addons import ADDONS, ROOT

from odoo.tests import TransactionCase
from odoo.tools.translate import TranslationModuleReader


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


class TestTranslations(TransactionCase):
    """Every term Odoo would export for a party addon is translated in vi.po."""

    test_tags = {"party_suite"}
    test_module = "party_suite"

    def test_vietnamese_complete(self):
        """vi.po translates every exportable term (code, views, data, fields)."""
        for addon in ADDONS:
            with self.subTest(addon=addon):
                reader = TranslationModuleReader(self.env.cr, modules=[addon])
                terms = {row[4] for row in reader if row[0] == addon}
                if addon == "party_org":
                    self.assertIn("Party Organisation", terms)  # the reader works
                po_path = ROOT / "addons" / addon / "i18n" / "vi.po"
                translated = set()
                if po_path.exists():
                    translated = {
                        entry.msgid
                        for entry in polib.pofile(str(po_path))
                        if entry.msgstr and "fuzzy" not in entry.flags
                    }
                missing = sorted(terms - translated)
                self.assertFalse(
                    missing, f"{addon}: {len(missing)} untranslated: {missing[:5]}"
                )


class TestSecurityCoverage(TransactionCase):
    """Every party model has access rights, and record rules where it belongs
    to a company or an organisation (party membership is sensitive data)."""

    test_tags = {"party_suite"}
    test_module = "party_suite"

    def _party_models(self):
        data = self.env["ir.model.data"].search(
            [("module", "in", ADDONS), ("model", "=", "ir.model")]
        )
        models = self.env["ir.model"].browse(data.mapped("res_id"))
        return models.filtered(
            lambda m: m.model.startswith("party.")
            and not m.transient
            and not self.env[m.model]._abstract
        )

    def test_every_model_has_access_rights(self):
        """No party model is left without an access row."""
        models = self._party_models()
        self.assertGreater(len(models), 30)
        missing = models.filtered(lambda m: not m.access_ids).mapped("model")
        self.assertFalse(missing, f"models without access rights: {missing}")

    def test_owned_models_have_record_rules(self):
        """Models with a company or an organisation have record rules."""
        missing = []
        for model in self._party_models():
            fields = self.env[model.model]._fields
            owned = "company_id" in fields or "organization_id" in fields
            if owned and not model.rule_ids:
                missing.append(model.model)
        self.assertFalse(missing, f"models without record rules: {missing}")
