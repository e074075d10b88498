# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Party Fees",
    "summary": "Party fee rules, monthly fee lines, collection, receipts and the fee book",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_fee_rules.xml",
        "data/party_fee_data.xml",
        "views/party_fee_rule_views.xml",
        "wizards/party_fee_collect_views.xml",
        "views/party_fee_line_views.xml",
        "wizards/party_fee_generate_views.xml",
        "wizards/party_fee_book_views.xml",
        "views/party_member_views.xml",
        "views/party_fee_menus.xml",
        "report/party_fee_reports.xml",
    ],
    "demo": ["demo/party_fee_demo.xml"],
    "installable": True,
}
