# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
{
    "name": "Party Work: Member Portal",
    "summary": "The member's own pages on a phone: record, meetings, votes, "
    "documents, questions to the committee, the annual self-assessment",
    "version": "18.0.1.0.0",
    "category": "Human Resources/Party Work",
    "author": "Party Work Suite contributors",
    "website": "https://github.com/party-work-suite/party-work-suite",
    "license": "LGPL-3",
    "depends": ["portal", "calendar", "party_docs", "party_kpi"],
    "data": [
        "security/ir.model.access.csv",
        "security/party_portal_vote_rules.xml",
        "security/party_portal_docs_rules.xml",
        "data/mail_activity_type_data.xml",
        "views/portal_templates.xml",
        "views/portal_record_templates.xml",
        "data/mail_template_review_deadline.xml",
        "data/ir_cron_review_deadline.xml",
        "views/portal_review_templates.xml",
        "views/party_evaluation_views.xml",
        "views/party_member_portal_access_views.xml",
        "views/portal_vote_templates.xml",
        "views/party_meeting_vote_views.xml",
        "data/calendar_alarm_data.xml",
        "data/party_meeting_mail_templates.xml",
        "views/portal_meeting_templates.xml",
        "views/party_meeting_views.xml",
        "data/mail_template_document_delivered.xml",
        "data/mail_template_question_answered.xml",
        "views/party_document_study_views.xml",
        "views/party_member_question_views.xml",
        "views/portal_document_templates.xml",
        "views/portal_question_templates.xml",
        "views/party_portal_docs_menus.xml",
    ],
    "assets": {
        "web.assets_frontend": [
            "party_portal/static/src/js/party_chair_live.js",
        ],
        "web.assets_tests": [
            "party_portal/static/tests/tours/*",
        ],
    },
    "installable": True,
}
