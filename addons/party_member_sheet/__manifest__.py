# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Member Sheets",
    "summary": "Member list (7-HSĐV) import and export as XLSX, member form "
    "(2-HSĐV) print",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["party_member"],
    "external_dependencies": {"python": ["openpyxl", "xlsxwriter"]},
    "data": [
        "security/ir.model.access.csv",
        "security/party_member_sheet_rules.xml",
        "wizards/party_member_import_views.xml",
        "views/party_member_sheet_menus.xml",
        "report/party_member_sheet_reports.xml",
    ],
    "installable": True,
}
