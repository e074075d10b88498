/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
// A member on a phone opens My fees from /my/party: the balance on the tile
// and on the page, then a receipt of a paid month of the year before.
import {registry} from "@web/core/registry";

registry.category("web_tour.tours").add("party_portal_fees", {
    url: "/my/party",
    steps: () => [
        {
            content: "The My fees tile shows what is still to pay",
            trigger: "a.o_party_fees_entry .o_party_fee_tile_balance:contains('300.000')",
        },
        {
            content: "Open My fees",
            trigger: "a.o_party_fees_entry",
            run: "click",
        },
        {
            content: "The balance of all months",
            trigger: ".o_party_fee_balance:contains('300.000')",
        },
        {
            content: "The notice of two unpaid months",
            trigger: ".o_party_fee_notice:contains('Điều 8')",
        },
        {
            content: "Open the year before",
            trigger: ".o_party_fee_years a.nav-link:not(.active)",
            run: "click",
        },
        {
            content: "A paid month has its receipt",
            trigger: "a.o_party_fee_receipt[href^='/my/party/fees/receipt/']",
        },
    ],
});
