# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0, after every addon is loaded: the split-off addons were
installed without loading their demo data again (it was already there)."""

from odoo.addons.party_org.upgrade import restore_demo_flags


def migrate(cr, version):
    restore_demo_flags(cr, "party_member")
