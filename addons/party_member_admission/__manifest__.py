# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Admission",
    "summary": "Admission pipeline: sympathisers to probationary members, readmission",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_member_admission_rules.xml",
        "views/party_candidate_views.xml",
        "views/party_member_admission_menus.xml",
    ],
    "demo": ["demo/party_member_admission_demo.xml"],
    "installable": True,
}
