# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work",
    "summary": "Party work of an enterprise committee: organisations, members, "
    "documents, meetings, reviews and KPIs",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": [
        "party_org",
        "party_member",
        "party_member_admission",
        "party_member_sheet",
        "party_card",
        "party_badge",
        "party_fee",
        "party_docs",
        "party_kpi",
        "party_demo",
        "party_portal",
    ],
    "data": [
        "security/ir.model.access.csv",
        "views/party_setup_checklist_views.xml",
    ],
    "installable": True,
    "application": True,
}
