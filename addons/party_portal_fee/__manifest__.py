# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: My Fees in the Member Portal",
    "summary": "The member's party fees on a phone: months due and paid, "
    "receipts, how to pay, the unpaid-months notice and the fee reminder",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_portal", "party_fee"],
    "data": [
        "data/mail_template_data.xml",
        "views/res_config_settings_views.xml",
        "views/party_fee_line_views.xml",
        "views/portal_fee_templates.xml",
    ],
    "assets": {
        "web.assets_tests": [
            "party_portal_fee/static/tests/tours/*.js",
        ],
    },
    "installable": True,
    "auto_install": True,
}
