# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Documents and Meetings",
    "summary": "Official party documents in and out, paperless branch meetings",
    "version": "18.0.1.1.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "external_dependencies": {
        "python": ["qrcode", "xlsxwriter", "pyhanko", "cryptography"]
    },
    "data": [
        "security/ir.model.access.csv",
        "security/party_docs_rules.xml",
        "data/party_document_type_data.xml",
        "data/ir_cron.xml",
        "views/party_document_delivery_views.xml",
        "views/party_document_views.xml",
        "views/party_document_type_views.xml",
        "views/party_signing_certificate_views.xml",
        "report/party_meeting_reports.xml",
        "views/party_meeting_views.xml",
        "report/party_document_register_report.xml",
        "report/party_document_report.xml",
        "wizards/party_document_register_views.xml",
        "wizards/party_correction_views.xml",
        "views/party_docs_menus.xml",
    ],
    "demo": ["demo/party_docs_demo.xml"],
    "installable": True,
}
