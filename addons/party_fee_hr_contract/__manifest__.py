# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Fee Base from Contracts",
    "summary": "Take the party fee base from the employee's running contract wage",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_fee", "hr_contract"],
    "data": ["data/ir_cron.xml", "views/party_member_views.xml"],
    "installable": True,
    "auto_install": True,
}
