# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What the party addons put in a database, named so that moving a record from
one addon to another does not change its name.

`collect(env)` lists the models, fields, access rights, record rules, menus,
window actions, report actions, crons, sequences and groups that an installed
party addon owns (through its external ids). `tests/test_inventory.py` compares
it with `tests/data/inventory.json`, taken before the addons were split: a move
loses nothing. After a deliberate change, rewrite the file with
`INVENTORY_WRITE=1` (see the test).
"""

import re


def _owned(env, model):
    """Records of `model` that a party addon owns through an external id."""
    rows = env["ir.model.data"].search_read(
        [("module", "=like", "party\\_%"), ("model", "=", model)], ["res_id"]
    )
    return env[model].browse({row["res_id"] for row in rows}).exists()


def _groups(groups):
    return ",".join(sorted(groups.mapped("full_name")))


def _domain(text):
    return re.sub(r"\s+", "", text or "")


def collect(env):
    """The inventory as a dict of sorted lists of strings."""
    env = env(context={"lang": "en_US", "active_test": False})
    models = _owned(env, "ir.model")
    fields = _owned(env, "ir.model.fields")
    access = _owned(env, "ir.model.access")
    rules = _owned(env, "ir.rule")
    menus = _owned(env, "ir.ui.menu")
    actions = _owned(env, "ir.actions.act_window")
    reports = _owned(env, "ir.actions.report")
    crons = _owned(env, "ir.cron")
    sequences = _owned(env, "ir.sequence")
    groups = _owned(env, "res.groups")
    inventory = {
        "models": [m.model for m in models],
        "fields": [f"{f.model}.{f.name}:{f.ttype}" for f in fields],
        "access": [
            f"{a.model_id.model}|{a.group_id.full_name or ''}|"
            f"{int(a.perm_read)}{int(a.perm_write)}{int(a.perm_create)}"
            f"{int(a.perm_unlink)}"
            for a in access
        ],
        "rules": [
            f"{r.model_id.model}|{r.name}|{_groups(r.groups)}|"
            f"{_domain(r.domain_force)}"
            for r in rules
        ],
        "menus": [
            f"{m.complete_name}|{m.action and m.action._name or ''}|"
            f"{_groups(m.groups_id)}"
            for m in menus
        ],
        "actions": [f"{a.name}|{a.res_model}|{a.view_mode}" for a in actions],
        "reports": [
            f"{r.model}|{r.name}|{r.report_type}|{r.report_name.split('.')[-1]}"
            for r in reports
        ],
        "crons": [f"{c.cron_name}|{c.model_id.model}" for c in crons],
        "sequences": [f"{s.code}|{s.prefix or ''}" for s in sequences],
        "groups": [g.full_name for g in groups],
    }
    return {key: sorted(set(values)) for key, values in inventory.items()}
