# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team, through the ORM: the member record, its history and lifecycle
are written only by the checked server paths (security review C2, H1, H4,
H6, M7, L5, L7; QA members #2, #3, #25, #33)."""

from datetime import date

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .common import PartyMemberCase


class LifecycleRedTeamCase(PartyMemberCase):
    """The secretary holds the sub-committee (scope: cell 2); their own
    member record is in cell 2; the victim is in cell 1."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.me = cls._official(
            "BÍ THƯ", cls.cell_2, employee_id=cls.employee_secretary.id
        )
        cls.victim = cls._official("NẠN NHÂN", cls.cell_1)
        cls.ours = cls._official("CHI BỘ 2", cls.cell_2)
        cls.probationary = cls._member(
            "DỰ BỊ",
            cls.cell_2,
            admitted=date(2025, 3, 2),
            admission_date=date(2025, 3, 2),
        )
        cls.employee_member = cls._member_user_employee()
        cls.own = cls._official(
            "ĐẢNG VIÊN", cls.cell_1, employee_id=cls.employee_member.id
        )
        cls.Event = cls.env["party.member.event"]

    def _scope(self, user):
        user.invalidate_recordset(["party_scope_organization_ids"])
        return set(user.sudo().party_scope_organization_ids.ids)

    def _decision(self, issuer, **vals):
        return self.env["party.decision"].create(
            {
                "name": "9-QĐ/CB",
                "issuer_organization_id": issuer.id,
                "company_id": self.company.id,
                **vals,
            }
        )


@tagged("post_install", "-at_install")
class TestMemberRecordRedTeam(LifecycleRedTeamCase):
    def test_c2_secretary_cannot_move_member_out_of_scope(self):
        """C2: cell, user and employee of a member are not writable by a secretary."""
        before = self._scope(self.user_secretary)
        attempts = [
            (self.me, {"organization_id": self.committee.id}),
            (
                self.ours,
                {
                    "user_id": self.user_secretary.id,
                    "organization_id": self.committee.id,
                },
            ),
            (self.ours, {"employee_id": self.employee_secretary.id}),
        ]
        for member, vals in attempts:
            with self.subTest(vals=vals), self.assertRaises(AccessError):
                member.with_user(self.user_secretary).write(vals)
        self.assertEqual(self.me.organization_id, self.cell_2)
        self.assertFalse(self.ours.user_id)
        self.assertEqual(self._scope(self.user_secretary), before)
        with self.assertRaises(AccessError):
            self.victim.with_user(self.user_secretary).read(["birth_date"])

    def test_h6_state_and_history_dates_locked(self):
        """H6: state and the dates of the history are not writable; no event appears."""
        member = self.probationary.with_user(self.user_secretary)
        for vals in (
            {"state": "official"},
            {"official_date": date(2026, 3, 2)},
            {"admission_decision_date": date(1990, 1, 1)},
        ):
            with self.subTest(vals=vals), self.assertRaises(AccessError):
                member.write(vals)
        self.assertEqual(self.probationary.state, "probationary")
        self.assertEqual(len(self.probationary.event_ids), 1)
        with self.assertRaises(AccessError):
            self.probationary.with_user(self.user_office).write(
                {"admission_decision_date": date(1990, 1, 1)}
            )
        with self.assertRaises(AccessError):
            self.Member.with_user(self.user_secretary).create(
                {
                    "name": "Tự Tạo",
                    "organization_id": self.cell_2.id,
                    "admission_decision_date": date(2000, 1, 1),
                    "official_date": date(2001, 1, 1),
                }
            )

    def test_secretary_still_edits_personal_data(self):
        """The secretary keeps editing personal data of members of their subtree."""
        self.ours.with_user(self.user_secretary).write({"languages": "Tiếng Anh B2"})
        self.assertEqual(self.ours.languages, "Tiếng Anh B2")

    def test_h1_member_rules_read_only(self):
        """H1: "own" rules grant reading only: an own record outside the
        subtree, decisions about oneself, rewards and lines of one's file."""
        self.me.employee_id = False
        self.me.flush_recordset()
        outside = self._official(
            "BÍ THƯ (HỒ SƠ CŨ)", self.cell_1, employee_id=self.employee_secretary.id
        )
        outside._add_event("expulsion", date(2026, 1, 5))  # out of the party: no scope
        self.assertNotIn(self.cell_1.id, self._scope(self.user_secretary))
        decision = self._decision(
            self.committee,
            decision_type="discipline",
            member_ids=[(4, self.ours.id), (4, outside.id)],
        )
        with self.assertRaises(AccessError):
            outside.with_user(self.user_secretary).write({"languages": "x"})
        with self.assertRaises(AccessError):
            decision.with_user(self.user_secretary).write(
                {"member_ids": [(3, outside.id)]}
            )
        with self.assertRaises(AccessError):
            self.env["party.reward"].with_user(self.user_secretary).create(
                {"member_id": outside.id, "decision_id": decision.id, "form": "merit"}
            )
        with self.assertRaises(AccessError):
            self.env["party.member.work"].with_user(self.user_secretary).create(
                {
                    "member_id": outside.id,
                    "employer": "Tự khai",
                    "date_from": date(2020, 1, 1),
                }
            )
        self.assertEqual(decision.member_ids, self.ours | outside)
        self.assertEqual(outside.state, "expelled")

    def test_m7_hr_officer_cannot_relink_member_employee(self):
        """M7: only the office links an employee with a member record to another user."""
        hr_secretary = self._user(
            "hr_secretary",
            "hr.group_hr_user,party_org.group_party_secretary",
            self.company,
        )
        with self.assertRaises(AccessError):
            self.employee_member.with_user(hr_secretary).write(
                {"user_id": hr_secretary.id}
            )
        self.assertEqual(self.own.user_id, self.user_member)

    def test_l5_scope_cache_kept_on_routine_writes(self):
        """L5: routine writes keep the rule caches; a scope change clears them."""
        registry = self.env.registry
        registry.cache_invalidated.clear()
        self.own.with_user(self.user_office).write(
            {"languages": "Tiếng Pháp", "active": True}
        )
        self.assertNotIn("default", registry.cache_invalidated)
        self.own.with_user(self.user_office).write({"active": False})
        self.assertIn("default", registry.cache_invalidated)
        self.assertNotIn(self.cell_1.id, self._scope(self.user_member))


@tagged("post_install", "-at_install")
class TestHistoryRedTeam(LifecycleRedTeamCase):
    def test_h4_no_direct_event(self):
        """H4: neither a secretary nor the office writes history events directly."""
        count = self.Event.search_count([])
        vals_list = [
            {
                "member_id": self.victim.id,
                "event_type": "transfer_out",
                "to_organization_id": self.cell_2.id,
            },
            {
                "member_id": self.victim.id,
                "event_type": "transfer_in",
                "to_organization_id": self.cell_2.id,
            },
            {"member_id": self.ours.id, "event_type": "expulsion"},
            {"member_id": self.probationary.id, "event_type": "official_recognition"},
        ]
        for user in (self.user_secretary, self.user_office):
            for vals in vals_list:
                with (
                    self.subTest(user=user.login, vals=vals),
                    self.assertRaises(AccessError),
                ):
                    self.Event.with_user(user).create(vals)
        event = self.ours.event_ids[:1]
        for user in (self.user_secretary, self.user_office):
            with self.assertRaises(AccessError):
                event.with_user(user).write({"date": date(2000, 1, 1)})
            with self.assertRaises(AccessError):
                event.with_user(user).unlink()
        self.assertEqual(self.Event.search_count([]), count)
        self.assertEqual(self.victim.organization_id, self.cell_1)
        self.assertEqual(self.probationary.state, "probationary")

    def test_h4_transfer_pull_refused(self):
        """H4: a transfer does not pull a member of another cell into one's own."""
        Transfer = self.env["party.transfer"].with_user(self.user_secretary)
        pull = Transfer.create(
            {
                "member_id": self.victim.id,
                "direction": "in",
                "to_organization_id": self.cell_2.id,
                "transfer_date": date(2026, 2, 2),
            }
        )
        with self.assertRaises(AccessError):
            pull.action_done()
        self.assertEqual(pull.state, "draft")
        self.assertEqual(self.victim.organization_id, self.cell_1)
        with self.assertRaises(AccessError):
            pull.write({"state": "done"})

    def test_transfer_inside_scope_and_office_accepts_outside(self):
        """A secretary moves a member inside their organisations; a move out of
        them waits for the office."""
        Transfer = self.env["party.transfer"].with_user(self.user_secretary)
        inside = Transfer.create(
            {
                "member_id": self.ours.id,
                "from_organization_id": self.cell_2.id,
                "to_organization_id": self.group.id,
                "transfer_date": date(2026, 2, 2),
            }
        )
        inside.action_done()
        self.assertEqual(self.ours.organization_id, self.group)
        leaving = Transfer.create(
            {
                "member_id": self.ours.id,
                "from_organization_id": self.group.id,
                "to_organization_id": self.cell_1.id,
                "transfer_date": date(2026, 3, 2),
            }
        )
        with self.assertRaisesText(AccessError, "party office completes"):
            leaving.action_done()
        leaving.with_user(self.user_office).action_done()
        self.assertEqual(self.ours.organization_id, self.cell_1)
        with self.assertRaises(AccessError):
            leaving.with_user(self.user_office).write(
                {"transfer_date": date(2026, 4, 2)}
            )

    def test_qa23_receiving_secretary_lists_incoming_transfer(self):
        """QA #23: the receiving secretary lists an incoming transfer of another
        cell's member (its name), without reaching the member's record."""
        self.env["party.transfer"].create(
            {
                "member_id": self.victim.id,
                "from_organization_id": self.cell_1.id,
                "to_organization_id": self.cell_2.id,
                "company_id": self.company.id,
            }
        )
        Transfer = self.env["party.transfer"].with_user(self.user_secretary)
        rows = Transfer.search_read([], ["name", "member_id", "state"])
        self.assertEqual(len(rows), 1)
        self.assertIn("NẠN NHÂN", rows[0]["name"])
        with self.assertRaises(AccessError):
            self.victim.with_user(self.user_secretary).read(["birth_date"])

    def test_settled_event_corrected_by_office_with_reason(self):
        """A decided event changes only through the office's recorded correction."""
        event = self.ours.event_ids.filtered(lambda e: e.event_type == "admission")
        with self.assertRaises(AccessError):
            event.with_user(self.user_secretary).action_correct()
        action = event.with_user(self.user_office).action_correct()
        Wizard = self.env[action["res_model"]].with_user(self.user_office)
        wizard = Wizard.with_context(**action["context"]).create(
            {"date": date(2015, 3, 1), "reason": "Sai ngày so với quyết định gốc"}
        )
        wizard.action_confirm()
        self.assertEqual(event.date, date(2015, 3, 1))
        self.assertEqual(self.ours.admission_decision_date, date(2015, 3, 1))
        message = self.ours.message_ids.filtered(
            lambda m: "Sai ngày so với quyết định gốc" in (m.body or "")
        )
        self.assertEqual(message.author_id, self.user_office.partner_id)
        with self.assertRaises(AccessError):
            Wizard.with_user(self.user_secretary).create(
                {"reason": "x", "event_id": event.id}
            )


@tagged("post_install", "-at_install")
class TestDecisionRedTeam(LifecycleRedTeamCase):
    def test_signed_decision_locked(self):
        """A signed decision changes only through the office's recorded correction."""
        decision = self._decision(self.cell_2, decision_type="reward")
        for user in (self.user_secretary, self.user_office):
            with self.subTest(user=user.login), self.assertRaises(AccessError):
                decision.with_user(user).write({"summary": "Sửa lại"})
        with self.assertRaises(AccessError):
            decision.with_user(self.user_secretary).write({"state": "draft"})
        with self.assertRaises(AccessError):
            decision.with_user(self.user_secretary).action_draft()
        action = decision.with_user(self.user_office).action_draft()
        wizard = (
            self.env[action["res_model"]]
            .with_user(self.user_office)
            .with_context(**action["context"])
            .create({"reason": "Ký nhầm bản dự thảo"})
        )
        wizard.action_confirm()
        self.assertEqual(decision.state, "draft")
        self.assertTrue(
            decision.message_ids.filtered(
                lambda m: "Ký nhầm bản dự thảo" in (m.body or "")
            )
        )

    def test_secretary_issues_only_for_own_organisations(self):
        """A secretary records decisions of their organisations, not of the committee above."""
        Decision = self.env["party.decision"].with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            Decision.create(
                {
                    "name": "1-QĐ/ĐU",
                    "issuer_organization_id": self.committee.id,
                    "state": "signed",
                }
            )
        with self.assertRaises(AccessError):  # about a member of another cell
            Decision.create(
                {
                    "name": "2-QĐ/CB",
                    "issuer_organization_id": self.cell_2.id,
                    "member_ids": [(4, self.victim.id)],
                }
            )
        draft = Decision.create(
            {
                "name": "1-QĐ/CB",
                "issuer_organization_id": self.cell_2.id,
                "state": "draft",
            }
        )
        with self.assertRaises(AccessError):
            draft.write({"issuer_organization_id": self.committee.id})
        draft.action_sign()
        self.assertEqual(draft.state, "signed")
        self.assertEqual(draft.issuer_organization_id, self.cell_2)
