# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0: the measures read from meetings and documents, fees and
candidates left party_kpi for the bridges party_kpi_meeting, party_kpi_fee
and party_kpi_admission (issue 14); their KPIs and values stay. A
database with demo data also gets party_demo, where the demo generators went
(installed without running them again)."""

from odoo.addons.party_org.upgrade import split_off


def migrate(cr, version):
    cr.execute("SELECT demo FROM ir_module_module WHERE name = 'party_kpi'")
    with_demo = cr.fetchone()[0]
    bridges = ("party_kpi_meeting", "party_kpi_fee", "party_kpi_admission")
    split_off(cr, "party_kpi", (*bridges, "party_demo") if with_demo else bridges)
