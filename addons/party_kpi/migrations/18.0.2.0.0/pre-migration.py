# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0: the measures read from meetings and documents left party_kpi
for the bridge party_kpi_meeting (issue 14); their KPIs and values stay. A
database with demo data also gets party_demo, where the demo generators went
(installed without running them again)."""

from odoo.addons.party_org.upgrade import split_off


def migrate(cr, version):
    cr.execute("SELECT demo FROM ir_module_module WHERE name = 'party_kpi'")
    with_demo = cr.fetchone()[0]
    split_off(
        cr,
        "party_kpi",
        ("party_kpi_meeting", "party_demo") if with_demo else ("party_kpi_meeting",),
    )
