# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Cards",
    "summary": "Party cards: issue, loss, reissue, recovery, QR verification "
    "page and batch printing",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "external_dependencies": {"python": ["reportlab", "qrcode"]},
    "data": [
        "security/ir.model.access.csv",
        "security/party_card_rules.xml",
        "views/party_card_views.xml",
        "views/party_card_verify_templates.xml",
        "views/party_card_menus.xml",
        "report/party_card_report.xml",
    ],
    "demo": [
        "demo/party_card_demo.xml",
    ],
    "installable": True,
}
