# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Badges",
    "summary": "Huy hiệu Đảng: eligibility by party age, proposals and awards",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_badge_rules.xml",
        "data/party_badge_data.xml",
        "views/party_badge_award_views.xml",
        "views/party_member_views.xml",
        "wizards/party_badge_proposal_views.xml",
        "views/party_badge_menus.xml",
        "report/party_badge_reports.xml",
    ],
    "demo": ["demo/party_badge_demo.xml"],
    "installable": True,
}
