# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: KPIs of Party Fees",
    "summary": "KPI measure and risk feature read from party fee lines",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_kpi", "party_fee"],
    "data": ["data/party_kpi_kpis.xml"],
    "installable": True,
    "auto_install": True,
}
