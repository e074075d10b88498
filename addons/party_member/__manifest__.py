# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Members",
    "summary": "Party member records linked to employees, admission and lifecycle",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_org", "hr", "mail"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_member_rules.xml",
        "data/party_ethnicity_data.xml",
        "data/party_religion_data.xml",
        "views/party_member_views.xml",
        "views/party_member_event_views.xml",
        "views/party_decision_views.xml",
        "views/party_reward_views.xml",
        "views/party_discipline_views.xml",
        "views/party_reference_views.xml",
        "views/hr_employee_views.xml",
        "views/party_member_menus.xml",
    ],
    "demo": ["demo/party_member_demo.xml"],
    "installable": True,
}
