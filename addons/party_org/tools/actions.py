# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Window actions the party wizards return. Plain Python, no ORM."""


def reopen_form(record, name=None):
    """The action that shows ``record`` (a wizard) again in its dialog,
    after a button that changed it.

    >>> class Wizard:
    ...     _name, id = "party.job", 7
    >>> reopen_form(Wizard())["res_id"], reopen_form(Wizard(), "Import")["name"]
    (7, 'Import')
    """
    action = {
        "type": "ir.actions.act_window",
        "res_model": record._name,
        "res_id": record.id,
        "view_mode": "form",
        "target": "new",
    }
    if name:
        action["name"] = name
    return action
