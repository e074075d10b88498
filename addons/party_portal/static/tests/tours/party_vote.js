/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import {registry} from "@web/core/registry";

// A member present at the meeting votes from their phone.
registry.category("web_tour.tours").add("party_portal_vote", {
    url: "/my/party",
    steps: () => [
        {content: "Open the votes", trigger: "a.o_party_votes_entry", run: "click"},
        {content: "Open the vote", trigger: "a.o_party_vote_row", run: "click"},
        {
            content: "Vote for",
            trigger: ".o_party_vote_form button[value='for']",
            run: "click",
        },
        {content: "The vote is recorded", trigger: ".o_party_voted"},
    ],
});

// The chair opens a secret vote and closes it.
registry.category("web_tour.tours").add("party_portal_chair_secret_vote", {
    url: "/my/party",
    steps: () => [
        {content: "Open the votes", trigger: "a.o_party_votes_entry", run: "click"},
        {content: "Open the chair's screen", trigger: "a.o_party_chair_link", run: "click"},
        {
            content: "Open a secret vote",
            trigger: "button.o_party_open_secret_vote",
            run: "click",
        },
        {
            content: "The count stays hidden while the secret vote is open",
            trigger: ".o_party_chair_item:contains('Secret ballot')",
        },
        {content: "Close the vote", trigger: "button.o_party_close_vote", run: "click"},
        {
            content: "The result follows the rule",
            trigger: ".o_party_vote_passed, .o_party_vote_failed",
        },
    ],
});
