/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import { Component, onWillStart, useState } from "@odoo/owl";
import { registry } from "@web/core/registry";
import { useService } from "@web/core/utils/hooks";
import { _t } from "@web/core/l10n/translation";

export class PartyDashboard extends Component {
    static template = "party_kpi.PartyDashboard";
    static props = ["*"];

    setup() {
        this.orm = useService("orm");
        this.action = useService("action");
        this.state = useState({ data: null });
        onWillStart(() => this.load(this.props.action?.context?.organization_id));
    }

    async load(organizationId) {
        this.state.data = await this.orm.call("party.kpi.value", "get_dashboard_data", [
            organizationId || false,
        ]);
    }

    onOrganizationChange(ev) {
        this.load(parseInt(ev.target.value));
    }

    get memberTotal() {
        return this.state.data.members.reduce((total, row) => total + row.count, 0);
    }

    formatValue(value, unit) {
        return value === null || value === undefined ? "—" : `${Math.round(value * 10) / 10}${unit}`;
    }

    async openValue(tile) {
        const action = await this.orm.call("party.kpi.value", "action_open_records", [
            [tile.value_id],
        ]);
        this.action.doAction(action);
    }

    openRecord(deadline) {
        this.action.doAction({
            type: "ir.actions.act_window",
            res_model: deadline.res_model,
            res_id: deadline.res_id,
            views: [[false, "form"]],
        });
    }

    openMembers(row) {
        this.action.doAction({
            type: "ir.actions.act_window",
            name: _t("Members"),
            res_model: "party.member",
            views: [[false, "list"], [false, "form"]],
            domain: [
                ["organization_id", "child_of", this.state.data.organization.id],
                ["state", "=", row.state],
            ],
        });
    }
}

registry.category("actions").add("party_kpi.dashboard", PartyDashboard);
