# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks over the whole repository: manifests, views, translations."""

import ast
import re
from pathlib import Path

import polib
import pytest

ROOT = Path(__file__).resolve().parent.parent
ADDONS = [
    "party_org",
    "party_member",
    "party_docs",
    "party_kpi",
    "party_member_hr_contract",
]
CHAIN = {
    "party_member": "party_org",
    "party_docs": "party_member",
    "party_kpi": "party_docs",
}


def manifest(addon):
    return ast.literal_eval((ROOT / "addons" / addon / "__manifest__.py").read_text())


@pytest.mark.parametrize("addon", ADDONS)
def test_manifest_conventions(addon):
    """Manifests carry an 18.0 version, LGPL-3 and no description key."""
    data = manifest(addon)
    assert re.fullmatch(r"18\.0\.\d+\.\d+\.\d+", data["version"])
    assert data["license"] == "LGPL-3"
    assert "description" not in data
    assert data["installable"] is True


@pytest.mark.parametrize("addon", CHAIN)
def test_dependencies_point_one_way(addon):
    """party_org ← party_member ← party_docs ← party_kpi, never backwards."""
    assert CHAIN[addon] in manifest(addon)["depends"]
    later = ADDONS[ADDONS.index(addon) + 1 :]
    assert not set(later) & set(manifest(addon)["depends"])


def test_views_use_odoo18_syntax():
    """No <tree> views and no attrs/states attributes (Odoo 18)."""
    for path in (ROOT / "addons").rglob("*.xml"):
        text = path.read_text()
        assert not re.search(r"<tree[\s>]", text), path
        assert not re.search(r"\sattrs=|\sstates=", text), path


@pytest.mark.parametrize("addon", ADDONS)
def test_vietnamese_translation_complete(addon):
    """Every exported term of an addon has a Vietnamese translation."""
    i18n = ROOT / "addons" / addon / "i18n"
    pot_path = i18n / f"{addon}.pot"
    if not pot_path.exists():
        assert not any((ROOT / "addons" / addon).rglob("*.xml")), f"{addon}: no .pot"
        return
    po = polib.pofile(str(i18n / "vi.po"))
    assert po.metadata.get("Language") == "vi"
    translated = {
        (e.msgctxt, e.msgid)
        for e in po
        if e.msgstr and not e.obsolete and "fuzzy" not in e.flags
    }
    missing = [
        e.msgid
        for e in polib.pofile(str(pot_path))
        if (e.msgctxt, e.msgid) not in translated
    ]
    assert not missing, f"{addon}: {len(missing)} untranslated, e.g. {missing[:5]}"
