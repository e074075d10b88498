/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { registry } from "@web/core/registry";

registry.category("web_tour.tours").add("party_kpi_dashboard_tour", {
    steps: () => [
        {
            content: "The dashboard shows its organisation selector",
            trigger: ".o_party_dashboard select.o_party_dashboard_org",
            run: "selectByLabel Chi bộ Tour",
        },
        {
            content: "A good KPI tile is shown",
            trigger: ".o_party_dashboard .o_party_kpi_tile.o_party_kpi_good",
            run: "click",
        },
        {
            content: "The tile opens the records behind the value",
            trigger: ".o_list_view, .o_form_view",
        },
    ],
});
