# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Upgrade an existing database across an addon split, losing nothing.

When a capability leaves an addon for a new one, Odoo would otherwise create
the new addon's records (views, rules, menus, sequences, demo) as new rows and
delete the old addon's copies at the end of the update: noupdate records such
as a receipt sequence would restart at 1. Called from the pre-migration of the
addon that was split, :func:`split_off` gives each record whose external id
the new addon now declares to that addon, and marks the new addon to install in
the same run (Odoo's loader installs modules marked "to install" after the
installed ones are updated).

The models and fields keep their rows and columns: the new addon's reflection
adds its own external ids to them, and Odoo then only drops the old ones.
"""

import csv
import logging
import re
from pathlib import Path

from lxml import etree

from odoo.modules.module import get_manifest, get_module_path

_logger = logging.getLogger(__name__)

RECORD_TAGS = ("record", "menuitem", "template", "report")
MODEL_NAME = re.compile(r"""^\s+_name = ["']([a-z0-9_.]+)["']""", re.M)


def _declared_ids(module):
    """External ids (without the module prefix) that ``module`` declares in
    its data and demo files."""
    path = get_module_path(module, display_warning=False)
    manifest = get_manifest(module)
    if not path or not manifest:
        return set(), set()
    ids, models = set(), set()
    for name in manifest.get("data", []) + manifest.get("demo", []):
        file = Path(path) / name
        if file.suffix == ".xml":
            for node in etree.parse(str(file)).iter(*RECORD_TAGS):
                xmlid = node.get("id")
                if xmlid and ("." not in xmlid or xmlid.startswith(f"{module}.")):
                    ids.add(xmlid.split(".", 1)[-1])
        elif file.suffix == ".csv":
            with file.open(encoding="utf-8") as handle:
                ids.update(row["id"].split(".")[-1] for row in csv.DictReader(handle))
    for source in Path(path).rglob("*.py"):
        if "tests" not in source.parts:
            models.update(MODEL_NAME.findall(source.read_text(encoding="utf-8")))
    return ids, models


def _model_xmlid_patterns(models):
    """The external-id name patterns Odoo generates for ``models``."""
    patterns = []
    for model in models:
        key = model.replace(".", "_")
        patterns += [
            f"model_{key}",
            f"field_{key}\\_\\_%",
            f"selection\\_\\_{key}\\_\\_%",
            f"constraint_{key}\\_%",
        ]
    return patterns


def split_off(cr, old_module, new_modules):
    """Give ``new_modules`` the external ids of ``old_module`` they now
    declare, and mark them to install in this run."""
    old_ids, _old_models = _declared_ids(old_module)
    for new in new_modules:
        ids, models = _declared_ids(new)
        moved = sorted(ids - old_ids)
        cr.execute(
            """
            UPDATE ir_model_data data SET module = %(new)s
             WHERE data.module = %(old)s
               AND (data.name = ANY(%(names)s) OR data.name LIKE ANY(%(patterns)s))
               AND NOT EXISTS (SELECT 1 FROM ir_model_data other
                                WHERE other.module = %(new)s
                                  AND other.name = data.name)
            """,
            {
                "new": new,
                "old": old_module,
                "names": moved,
                "patterns": _model_xmlid_patterns(models),
            },
        )
        _logger.info("%s: %s records given to %s", old_module, cr.rowcount, new)
        # No demo: the demo records are already there, under their new ids
        # (see restore_demo_flags).
        # Odoo may already have marked it, with demo, for an installed addon
        # that now depends on it.
        cr.execute(
            "UPDATE ir_module_module SET state = 'to install', demo = false"
            " WHERE name = %s AND state IN ('uninstalled', 'to install')",
            [new],
        )


def rename_module(cr, old_name, new_name):
    """An installed addon renamed: its row and external ids take the new name,
    and the new name is installed in this run (over the same records)."""
    cr.execute(
        "SELECT 1 FROM ir_module_module"
        " WHERE name = %s AND state IN ('installed', 'to upgrade')",
        [old_name],
    )
    if not cr.rowcount:
        return
    # The module list update of this run has just added the new name as an
    # uninstalled module: it gives way to the installed one.
    cr.execute(
        "DELETE FROM ir_model_data WHERE module = 'base' AND name = %s",
        [f"module_{new_name}"],
    )
    cr.execute(
        "DELETE FROM ir_module_module"
        " WHERE name = %s AND state IN ('uninstalled', 'to install')",
        [new_name],
    )
    cr.execute(
        "UPDATE ir_module_module SET name = %s, state = 'to install', demo = false"
        " WHERE name = %s",
        [new_name, old_name],
    )
    cr.execute(
        "UPDATE ir_model_data SET module = %s WHERE module = %s", [new_name, old_name]
    )
    cr.execute(
        "UPDATE ir_model_data SET name = %s WHERE module = 'base' AND name = %s",
        [f"module_{new_name}", f"module_{old_name}"],
    )
    cr.execute(
        "UPDATE ir_module_module_dependency SET name = %s WHERE name = %s",
        [new_name, old_name],
    )


def restore_demo_flags(cr, old_module):
    """End of the upgrade: the addons that depend on ``old_module`` hold
    demo data when it does (the split-off ones were installed without
    loading theirs again), so that addons installed later load theirs."""
    cr.execute(
        """
        UPDATE ir_module_module module SET demo = true
          FROM ir_module_module old, ir_module_module_dependency dependency
         WHERE old.name = %s AND old.demo
           AND dependency.module_id = module.id AND dependency.name = old.name
           AND module.state = 'installed' AND NOT module.demo
        """,
        [old_module],
    )
