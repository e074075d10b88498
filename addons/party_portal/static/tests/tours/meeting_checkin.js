/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

// The test gives the meeting a token starting with "tourcode": its code.
registry.category("web_tour.tours").add("party_portal_meeting_checkin", {
    url: "/my/party",
    steps: () => [
        {
            content: "Open my meetings",
            trigger: "a.o_party_meetings_entry",
            run: "click",
        },
        {
            content: "Open the meeting about to start",
            trigger: ".o_party_meetings_upcoming a.o_party_meeting_item",
            run: "click",
        },
        {
            content: "Type the code printed under the room's QR",
            trigger: ".o_party_checkin input[name=code]",
            run: "edit tourcode",
        },
        {
            content: "Open the check-in",
            trigger: "button.o_party_checkin_go",
            run: "click",
        },
        {
            content: "Confirm the check-in",
            trigger: "button.o_party_checkin_btn",
            run: "click",
        },
        {
            content: "Checked in",
            trigger: ".o_party_checkin_done",
        },
    ],
});
