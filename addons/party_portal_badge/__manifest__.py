# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Party Badges in the Member Portal",
    "summary": "The party badges awarded to the member (Huy hiệu Đảng) on "
    "their record in the member portal",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_portal", "party_badge"],
    "data": [
        "views/portal_badge_templates.xml",
    ],
    "installable": True,
    "auto_install": True,
}
