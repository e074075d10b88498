/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
// On a phone: a member opens a document for study and confirms studying it.
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("party_portal_study", {
    url: "/my/party",
    steps: () => [
        {
            content: "Open the study list",
            trigger: "a.o_party_study_entry",
            run: "click",
        },
        {
            content: "Open the resolution to study",
            trigger: ".o_party_study a.o_party_document_row:contains('Nghị quyết học tập')",
            run: "click",
        },
        {
            content: "The document shows its body",
            trigger: ".o_party_document_body:contains('Nội dung nghị quyết')",
        },
        {
            content: "Confirm having studied it",
            trigger: "button.o_party_confirm_study",
            run: "click",
        },
        {
            content: "The confirmation is shown",
            trigger: ".o_party_studied",
        },
    ],
});
