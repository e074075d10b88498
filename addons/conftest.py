# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""`make test-engine`: the engines and their tests under plain pytest.

Importing ``odoo.addons.party_kpi.engine.risk`` the usual way would run
``party_kpi/__init__.py`` (models, hence Odoo) first. Here every addon and
its ``tests`` folder is registered as an empty package that only knows its
folder, under both names pytest and the code use (``party_kpi`` and
``odoo.addons.party_kpi``), so that only the engine modules and the engine
tests themselves are executed. ``odoo`` itself is an empty package: an
engine that imports Odoo fails here, as it should.
"""

import sys
import types
from pathlib import Path

ADDONS = Path(__file__).resolve().parent


def _package(name, path):
    module = sys.modules.get(name)
    if module is None:
        module = types.ModuleType(name)
        module.__path__ = [str(path)] if path else []
        module.__package__ = name
        sys.modules[name] = module
    return module


def _register_addons():
    if "odoo.tests" in sys.modules:  # real Odoo loaded: nothing to fake
        return
    _package("odoo", None)
    _package("odoo.addons", ADDONS)
    for manifest in sorted(ADDONS.glob("*/__manifest__.py")):
        addon = manifest.parent
        for prefix in ("", "odoo.addons."):
            _package(f"{prefix}{addon.name}", addon)
            if (addon / "tests").is_dir():
                _package(f"{prefix}{addon.name}.tests", addon / "tests")


_register_addons()
