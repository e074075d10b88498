# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Quality Review and KPIs",
    "summary": "Annual quality review, KPIs and statistics",
    "version": "18.0.2.1.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_kpi_rules.xml",
        "data/party_kpi_data.xml",
        "data/party_kpi_kpis.xml",
        "data/ir_cron.xml",
        "views/party_evaluation_views.xml",
        "views/party_org_evaluation_views.xml",
        "views/party_kpi_views.xml",
        "views/party_member_statistics_views.xml",
        "views/party_dashboard_views.xml",
        "views/party_member_views.xml",
        "views/res_config_settings_views.xml",
        "views/party_evaluation_correction_views.xml",
        "views/party_kpi_menus.xml",
        "report/party_evaluation_reports.xml",
    ],
    "assets": {
        "web.assets_backend": [
            "party_kpi/static/src/dashboard/*",
        ],
        "web.assets_tests": [
            "party_kpi/static/tests/tours/*",
        ],
    },
    "installable": True,
}
