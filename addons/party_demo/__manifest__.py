# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Demo Data",
    "summary": "Demo generators: a signed document, a year of meetings, reviews and KPIs",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": [
        "party_docs",
        "party_kpi",
        "party_card",
        "party_badge",
        "party_fee",
        "party_member_admission",
        "party_member_sheet",
        "party_kpi_meeting",
        "party_kpi_fee",
        "party_kpi_admission",
        "party_portal",
    ],
    "demo": [
        "demo/party_document_demo.xml",
        "demo/party_meeting_demo.xml",
        "demo/party_kpi_demo.xml",
        "demo/party_portal_demo.xml",
    ],
    "installable": True,
}
