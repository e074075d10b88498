/** @odoo-module **/
// Copyright 2026 Party Work Suite contributors
// License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
// The chair's screen refreshes the attendance and the vote counts every few
// seconds; a vote opened or closed elsewhere reloads the page.
import publicWidget from "@web/legacy/js/public/public_widget";
import {rpc} from "@web/core/network/rpc";

const POLL_MS = 3000;

publicWidget.registry.PartyChairLive = publicWidget.Widget.extend({
    selector: ".o_party_chair",

    start() {
        this.meetingId = this.el.dataset.meetingId;
        this.timer = setInterval(() => this._poll(), POLL_MS);
        return this._super(...arguments);
    },

    destroy() {
        clearInterval(this.timer);
        this._super(...arguments);
    },

    async _poll() {
        let live = null;
        try {
            live = await rpc(`/my/party/chair/${this.meetingId}/live`, {});
        } catch {
            return;
        }
        for (const key of ["present", "invited"]) {
            const el = this.el.querySelector(`[data-field="${key}"]`);
            if (el) {
                el.textContent = live[key];
            }
        }
        const shown = this.el.querySelectorAll(".o_party_vote_result");
        if (shown.length !== Object.keys(live.votes).length) {
            window.location.reload();
            return;
        }
        for (const [voteId, counts] of Object.entries(live.votes)) {
            const box = this.el.querySelector(
                `.o_party_vote_result[data-vote-id="${voteId}"]`
            );
            if (!box) {
                continue;
            }
            for (const key of ["ballots", "for", "against", "abstain"]) {
                const el = box.querySelector(`[data-field="${key}"]`);
                if (el) {
                    el.textContent = counts[key];
                }
            }
        }
    },
});
