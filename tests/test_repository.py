# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Checks over the whole repository: manifests, views, translations."""

import ast
import re

import polib
import pytest
from suite_addons import ADDONS, ROOT

# The addons the product was specified with: their names and roles stay.
SPECIFIED = ("party_org", "party_member", "party_docs", "party_kpi")
MODEL_NAME = re.compile(r"""^\s+_name = ["'](party\.[a-z0-9_.]+)["']""", re.M)
MODEL_USE = re.compile(r"""["'](party\.[a-z0-9_.]+)["']""")
ADDON_USE = re.compile(r"\b(party_[a-z0-9_]+)\.[a-zA-Z_]")


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


def suite_depends(addon):
    return set(manifest(addon)["depends"]) & set(ADDONS)


def closure(addon):
    """``addon`` and every suite addon it depends on, directly or not."""
    seen, todo = set(), [addon]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(suite_depends(current))
    return seen


def sources(addon):
    """The addon's code and data; migrations name what moved, by design."""
    for path in sorted((ROOT / "addons" / addon).rglob("*")):
        if "migrations" in path.parts:
            continue
        if path.suffix in (".py", ".xml", ".csv") and path.is_file():
            yield path, path.read_text()


def test_dependency_graph_is_a_dag():
    """The suite's addons depend on each other without a cycle, and the
    specified four keep their places: party_member on party_org, party_docs
    and party_kpi on party_member."""
    assert set(SPECIFIED) <= set(ADDONS)
    order, remaining = [], set(ADDONS)
    while remaining:
        ready = {a for a in remaining if not suite_depends(a) & remaining}
        assert ready, f"dependency cycle among {sorted(remaining)}"
        order += sorted(ready)
        remaining -= ready
    assert "party_org" in closure("party_member")
    assert "party_member" in closure("party_docs")
    assert "party_member" in closure("party_kpi")


def test_no_sibling_reach_in():
    """An addon names only the models and external ids of addons it depends
    on: a sibling's model or record is reached through a bridge addon that
    depends on both, never directly."""
    owner = {}
    for addon in ADDONS:
        for _path, text in sources(addon):
            for model in MODEL_NAME.findall(text):
                owner.setdefault(model, addon)
    reach_ins = []
    for addon in ADDONS:
        allowed = closure(addon)
        for path, text in sources(addon):
            used = {owner.get(m) for m in MODEL_USE.findall(text)}
            used |= set(ADDON_USE.findall(text)) & set(ADDONS)
            for other in sorted(used - allowed - {None}):
                reach_ins.append(f"{path.relative_to(ROOT)} → {other}")
    assert not reach_ins, reach_ins


CLASS_BODY = re.compile(r"^class \w+\(models\.\w+\):\n((?:    .*\n|\n)*)", re.M)


def test_each_model_in_one_file():
    """A model is defined, computed and extended in one file of one addon:
    no addon extends (``_inherit = "x"`` without ``_name``) a model it
    defines itself; its concerns are named mixins, each in its own file."""
    self_extensions = []
    for addon in ADDONS:
        defined, extended = {}, []
        for path, text in sources(addon):
            if path.suffix != ".py" or "tests" in path.parts:
                continue
            for body in CLASS_BODY.findall(text):
                name = re.search(r'^    _name = "([\w.]+)"', body, re.M)
                inherit = re.search(r'^    _inherit = "([\w.]+)"', body, re.M)
                if name:
                    defined[name.group(1)] = path
                elif inherit:
                    extended.append((inherit.group(1), path))
        self_extensions += [
            f"{path.relative_to(ROOT)} extends {model}"
            for model, path in extended
            if model in defined
        ]
    assert not self_extensions, self_extensions


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


# Vietnamese that may stay inside an English msgid: the names of the governing
# texts, document symbols, official form names, and Vietnamese proper names
# given as examples of what a user types. Everything else is English; vi.po
# holds the Vietnamese (each user reads their own language).
VIETNAMESE_ALLOWED = re.compile(
    r"Điều lệ Đảng|Điều \d+(\.\d+)*"
    r"|(Quy định|Hướng dẫn|Quyết định|Thông tư|Nghị định|Luật) [\w./-]+"
    r"|\b\d+-[A-ZĐ]+/[A-ZĐ]+\b"  # document symbols: 12-NQ/ĐU, 121-TCTK/PPCĐ
    r"|(Lý lịch )?\d+-(KNĐ|HSĐV)"  # forms: 2-KNĐ, 7-HSĐV
    r"|\bĐU\b|T/M ĐẢNG ỦY, K/T BÍ THƯ"  # issuer code, signing formula
    r"|Đảng ủy Khối Doanh nghiệp Trung ương|Chi bộ Phòng Kỹ thuật"
    r"|NGUYỄN VĂN AN|Hà Nội"
)
VIETNAMESE_LETTER = re.compile(
    r"[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹáàãéèíìóòõúùýĩũ]",
    re.I,
)


@pytest.mark.parametrize("addon", ADDONS)
def test_msgids_are_english(addon):
    """No Vietnamese inside a msgid (no "English / Tiếng Việt" messages, no
    "Elementary (Sơ cấp)" labels): the Vietnamese goes into vi.po."""
    po_path = ROOT / "addons" / addon / "i18n" / "vi.po"
    if not po_path.exists():
        return
    mixed = [
        e.msgid
        for e in polib.pofile(str(po_path))
        if not e.obsolete
        and VIETNAMESE_LETTER.search(VIETNAMESE_ALLOWED.sub("", e.msgid))
    ]
    assert not mixed, f"{addon}: {len(mixed)} msgids with Vietnamese, e.g. {mixed[:5]}"
