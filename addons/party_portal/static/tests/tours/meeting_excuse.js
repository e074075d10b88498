/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("party_portal_meeting_excuse", {
    url: "/my/party",
    steps: () => [
        {
            content: "Open my meetings",
            trigger: "a.o_party_meetings_entry",
            run: "click",
        },
        {
            content: "Open the upcoming meeting",
            trigger: ".o_party_meetings_upcoming a.o_party_meeting_item",
            run: "click",
        },
        {
            content: "Give the reason",
            trigger: ".o_party_excuse textarea[name=reason]",
            run: "edit Đi công tác Đà Nẵng",
        },
        {
            content: "Send it to the secretary",
            trigger: "button.o_party_excuse_send",
            run: "click",
        },
        {
            content: "The request is sent and pending",
            trigger: ".o_party_excuse_sent ~ .card .o_party_excuse_pending",
        },
    ],
});
