# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team over JSON-RPC, as the attacker's browser session does it: the
member record, its history and lifecycle (security review C2, H1, H4, H6;
QA members #2, #3, #25)."""

from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .test_red_team_lifecycle import LifecycleRedTeamCase


@tagged("post_install", "-at_install")
class TestLifecycleRedTeamRpc(RedTeamMixin, HttpCase, LifecycleRedTeamCase):
    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_c2_member_move_refused(self):
        """C2 over RPC: a secretary cannot move a member record, nor take its user."""
        with self.assertUnchanged(self.me | self.ours):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.member",
                "write",
                [self.me.ids, {"organization_id": self.committee.id}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.member",
                "write",
                [
                    self.ours.ids,
                    {
                        "user_id": self.user_secretary.id,
                        "organization_id": self.committee.id,
                    },
                ],
                context={"tracking_disable": True},
            )
        self.assertRefusedRpc(
            self.user_secretary,
            "party.member",
            "read",
            [self.victim.ids, ["birth_date"]],
        )

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_h6_state_and_dates_refused(self):
        """H6 / QA #2 over RPC: state and history dates are not writable."""
        with self.assertUnchanged(self.probationary):
            for vals in (
                {"state": "official"},
                {"admission_decision_date": "1990-01-01"},
            ):
                self.assertRefusedRpc(
                    self.user_secretary,
                    "party.member",
                    "write",
                    [self.probationary.ids, vals],
                )
        self.assertEqual(len(self.probationary.event_ids), 1)

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_h4_event_create_refused(self):
        """H4 / QA #2 over RPC: no direct history event, for the secretary or the office."""
        Event = self.env["party.member.event"]
        count = Event.search_count([])
        for user, vals in (
            (
                self.user_secretary,
                {
                    "member_id": self.victim.id,
                    "event_type": "transfer_out",
                    "to_organization_id": self.cell_2.id,
                },
            ),
            (
                self.user_secretary,
                {
                    "member_id": self.probationary.id,
                    "event_type": "official_recognition",
                    "date": "2026-03-02",
                },
            ),
            (self.user_office, {"member_id": self.ours.id, "event_type": "expulsion"}),
        ):
            self.assertRefusedRpc(user, "party.member.event", "create", [vals])
        self.assertEqual(Event.search_count([]), count)
        with self.assertUnchanged(self.victim | self.probationary | self.ours):
            pull = self.env["party.transfer"].create(
                {
                    "member_id": self.victim.id,
                    "direction": "in",
                    "to_organization_id": self.cell_2.id,
                    "transfer_date": "2026-02-02",
                    "company_id": self.company.id,
                }
            )
            self.assertRefusedRpc(
                self.user_secretary, "party.transfer", "action_done", [pull.ids]
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.transfer",
                "write",
                [pull.ids, {"state": "done"}],
            )
        self.assertEqual(pull.state, "draft")

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_qa3_office_wizards_refused(self):
        """QA #3 over RPC: the recognition and removal wizards are office-only."""
        with self.assertUnchanged(self.probationary | self.ours):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.member.recognition.wizard",
                "create",
                [
                    {
                        "member_id": self.probationary.id,
                        "votes_for": 3,
                        "vote_date": "2026-03-20",
                    }
                ],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.member.status.wizard",
                "create",
                [{"member_id": self.ours.id, "event_type": "removal"}],
            )
            wizard = self.call_kw(
                self.user_secretary,
                "party.member.status.wizard",
                "create",
                [{"member_id": self.ours.id, "event_type": "exemption"}],
            )
            self.call_kw(
                self.user_secretary,
                "party.member.status.wizard",
                "write",
                [[wizard], {"event_type": "removal"}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.member.status.wizard",
                "action_confirm",
                [[wizard]],
            )

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_qa25_wizard_of_another_user_hidden(self):
        """QA #25 over RPC: a secretary reads no wizard record of another user."""
        wizard = (
            self.env["party.member.status.wizard"]
            .with_user(self.user_office)
            .create(
                {
                    "member_id": self.ours.id,
                    "event_type": "expulsion",
                    "reason": "Vi phạm nghiêm trọng",
                }
            )
        )
        found = self.call_kw(
            self.user_secretary,
            "party.member.status.wizard",
            "search_read",
            [[]],
            fields=["reason"],
        )
        self.assertFalse(found)
        self.assertRefusedRpc(
            self.user_secretary,
            "party.member.status.wizard",
            "read",
            [wizard.ids, ["reason"]],
        )

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_h1_settled_decision_refused(self):
        """H1 / settled records over RPC: a signed decision, or one about oneself
        issued above, is not edited, by the secretary nor plainly by the office."""
        about_me = self._decision(
            self.committee, decision_type="discipline", member_ids=[(4, self.me.id)]
        )
        own = self._decision(self.cell_2, decision_type="reward")
        with self.assertUnchanged(about_me | own):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.decision",
                "write",
                [about_me.ids, {"member_ids": [(3, self.me.id)], "summary": "…"}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.decision",
                "write",
                [own.ids, {"state": "draft"}],
            )
            self.assertRefusedRpc(
                self.user_office,
                "party.decision",
                "write",
                [own.ids, {"name": "10-QĐ/CB"}],
            )
            self.assertRefusedRpc(
                self.user_secretary, "party.decision", "action_draft", [own.ids]
            )

    @mute_logger("odoo.http")  # each refusal is logged as a warning
    def test_rpc_office_runs_exemption_and_recognition(self):
        """The legitimate paths still work over RPC: the branch exempts, the office recognises."""
        wizard = self.call_kw(
            self.user_secretary,
            "party.member.status.wizard",
            "create",
            [
                {
                    "member_id": self.ours.id,
                    "event_type": "exemption",
                    "date": "2026-03-02",
                }
            ],
        )
        self.call_kw(
            self.user_secretary,
            "party.member.status.wizard",
            "action_confirm",
            [[wizard]],
        )
        self.assertEqual(self.ours.state, "exempt")
        wizard = self.call_kw(
            self.user_office,
            "party.member.recognition.wizard",
            "create",
            [
                {
                    "member_id": self.probationary.id,
                    "votes_for": 1,
                    "vote_date": "2026-03-20",
                    "outcome": "recognise",
                }
            ],
        )
        self.call_kw(
            self.user_office,
            "party.member.recognition.wizard",
            "action_confirm",
            [[wizard]],
        )
        self.assertEqual(self.probationary.state, "official")
