# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Organisations",
    "summary": "Party organisations of the enterprise as a tree, terms and committees",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["hr", "mail", "web_hierarchy"],
    "external_dependencies": {"python": ["qrcode"]},
    "data": [
        "security/party_org_groups.xml",
        "security/ir.model.access.csv",
        "security/party_org_rules.xml",
        "data/ir_cron.xml",
        "data/mail_activity_type_data.xml",
        "data/report_paperformat.xml",
        "views/party_organization_views.xml",
        "views/party_term_views.xml",
        "views/party_position_views.xml",
        "views/res_users_views.xml",
        "views/party_reminder_rule_views.xml",
        "views/party_job_views.xml",
        "views/party_org_menus.xml",
    ],
    "demo": ["demo/party_org_demo.xml"],
    "assets": {
        "web.report_assets_common": ["party_org/static/src/scss/party_report.scss"],
    },
    "installable": True,
}
