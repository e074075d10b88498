/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

// On a phone: the member opens their annual review from /my/party, gives
// their points on each criterion, writes a comment and submits it to their
// cell; the page then shows their total and grade.
registry.category("web_tour.tours").add("party_portal_review", {
    url: "/my/party",
    steps: () => [
        {
            content: "The handbook shows this year's review to fill in",
            trigger: "a.o_party_review_entry:contains('To fill in')",
            run: "click",
        },
        {
            content: "Points on political ideology",
            trigger: "input.o_party_review_points[data-criterion='politics']",
            run: "edit 28",
        },
        {
            content: "Points on duties",
            trigger: "input.o_party_review_points[data-criterion='duties']",
            run: "edit 45",
        },
        {
            content: "Points on party life",
            trigger: "input.o_party_review_points[data-criterion='party_life']",
            run: "edit 18",
        },
        {
            content: "A comment",
            trigger: "textarea[name='comment']",
            run: "edit Hoàn thành tốt nhiệm vụ được giao.",
        },
        {
            content: "Submit to my cell",
            trigger: "button.o_party_review_submit",
            run: "click",
        },
        {
            content: "The self-assessment is submitted: total and grade shown",
            trigger: ".o_party_review_self_total:contains('91')",
        },
        {
            content: "The form is gone",
            trigger: "body:not(:has(form.o_party_review_form))",
        },
    ],
});
