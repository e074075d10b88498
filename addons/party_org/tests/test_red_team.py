# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: nobody widens their own party scope (security review C1, M2, M7)."""

from datetime import date, timedelta

from freezegun import freeze_time

from odoo import fields
from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged

from .common import PartyOrgCase
from .red_team import RedTeamMixin


class ScopeCase(PartyOrgCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.term_sub = cls._term(cls.sub_committee)
        cls.term_top = cls._term(cls.committee)
        cls.term_cell_1 = cls._term(cls.cell_1)
        cls.secretary_position = cls.env["party.position"].create(
            {
                "organization_id": cls.sub_committee.id,
                "term_id": cls.term_sub.id,
                "employee_id": cls.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        cls.top_secretary = cls.env["party.position"].create(
            {
                "organization_id": cls.committee.id,
                "term_id": cls.term_top.id,
                "employee_id": cls.env["hr.employee"]
                .create({"name": "Bí thư Đảng ủy", "company_id": cls.company.id})
                .id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )

    @classmethod
    def _term(cls, org):
        return cls.env["party.term"].create(
            {
                "organization_id": org.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2030, 12, 31),
            }
        )

    def _scope(self, user):
        user.invalidate_recordset(["party_scope_organization_ids"])
        return set(user.sudo().party_scope_organization_ids.ids)

    def _position_vals(self, org, term, employee, role="committee_member"):
        return {
            "organization_id": org.id,
            "term_id": term.id,
            "employee_id": employee.id,
            "role": role,
            "date_start": "2025-01-01",
        }


@tagged("post_install", "-at_install")
class TestScopeWidening(RedTeamMixin, ScopeCase):
    def test_secretary_cannot_appoint_self_above(self):
        """C1: a secretary cannot appoint themself to the committee above."""
        Position = self.env["party.position"].with_user(self.user_secretary)
        count = Position.sudo().search_count([])
        for org, term in (
            (self.committee, self.term_top),
            (self.sub_committee, self.term_sub),
        ):
            with self.assertRaises(AccessError):
                Position.create(self._position_vals(org, term, self.employee_secretary))
        self.assertEqual(Position.sudo().search_count([]), count)
        with self.assertRaises(AccessError):
            self.cell_1.with_user(self.user_secretary).read(["name"])

    def test_secretary_cannot_appoint_self_below(self):
        """Scope comes from the office: not even a seat below for oneself."""
        with self.assertRaises(AccessError):
            self.env["party.position"].with_user(self.user_secretary).create(
                self._position_vals(self.cell_2, self.term, self.employee_secretary)
            )

    def test_secretary_cannot_take_or_move_a_seat(self):
        """C1 variants: take the ancestor's seat, move a seat up, edit one's own."""
        deputy = self.env["party.position"].create(
            self._position_vals(self.cell_2, self.term, self._employee("Phó bí thư"))
        )
        attempts = [
            (self.top_secretary, {"employee_id": self.employee_secretary.id}),
            (self.top_secretary, {"date_end": date(2025, 6, 30)}),
            (deputy, {"employee_id": self.employee_secretary.id}),
            (
                deputy,
                {"organization_id": self.committee.id, "term_id": self.term_top.id},
            ),
            (self.secretary_position, {"date_end": date(2030, 12, 31)}),
        ]
        for position, vals in attempts:
            with self.subTest(vals=vals), self.assertUnchanged(position):
                with self.assertRaises(AccessError):
                    position.with_user(self.user_secretary).write(vals)
        with self.assertRaises(AccessError):
            self.top_secretary.with_user(self.user_secretary).action_close()
        self.assertEqual(self.top_secretary.state, "open")

    def test_state_only_through_actions(self):
        """The state of a seat changes by action_close/action_reopen only."""
        deputy = self.env["party.position"].create(
            self._position_vals(self.cell_2, self.term, self._employee("Phó bí thư"))
        )
        with self.assertRaises(AccessError):
            deputy.with_user(self.user_secretary).write({"state": "closed"})
        deputy.with_user(self.user_secretary).action_close()
        self.assertEqual(deputy.state, "closed")

    def test_explicit_assignments_only_by_office(self):
        """Assignments widen scope: an access-rights admin outside the office cannot set them."""
        rights_admin = new_test_user(
            self.env,
            login="party_rights_admin",
            groups="base.group_erp_manager,party_org.group_party_secretary",
        )
        with self.assertRaises(AccessError):
            rights_admin.with_user(rights_admin).write(
                {"party_organization_ids": [(4, self.committee.id)]}
            )
        with self.assertRaises(AccessError):
            self.user_secretary.with_user(rights_admin).write(
                {"party_organization_ids": [(4, self.committee.id)]}
            )
        self.assertNotIn(self.committee.id, self._scope(self.user_secretary))
        office_admin = new_test_user(
            self.env,
            login="party_office_admin",
            groups="base.group_erp_manager,party_org.group_party_office",
        )
        self.user_secretary.with_user(office_admin).write(
            {"party_organization_ids": [(4, self.cell_1.id)]}
        )
        self.assertIn(self.cell_1.id, self._scope(self.user_secretary))

    def test_hr_officer_cannot_relink_a_committee_holder(self):
        """M7: linking a seat holder's employee to another user is for the office."""
        hr_officer = new_test_user(
            self.env,
            login="party_hr_officer",
            groups="hr.group_hr_user,party_org.group_party_member",
            company_id=self.company.id,
            company_ids=[(6, 0, self.company.ids)],
        )
        holder = self.top_secretary.employee_id
        with self.assertRaises(AccessError):
            holder.with_user(hr_officer).write({"user_id": hr_officer.id})
        self.assertFalse(holder.user_id)
        self.assertNotIn(self.committee.id, self._scope(hr_officer))
        other = self._employee("Nhân viên thường")
        other.with_user(hr_officer).write({"user_id": hr_officer.id})
        self.assertEqual(other.user_id, hr_officer)

    def test_position_scope_follows_dates(self):
        """M7: a seat gives scope only between its start and end dates."""
        self.secretary_position.date_end = date(2025, 3, 1)
        with freeze_time("2025-06-01"):
            self.assertNotIn(self.sub_committee.id, self._scope(self.user_secretary))
            self.env.registry.clear_cache()
            with self.assertRaises(AccessError):
                self.cell_2.with_user(self.user_secretary).read(["name"])
        self.secretary_position.write(
            {"date_start": date(2025, 2, 1), "date_end": False}
        )
        with freeze_time("2025-01-15"):
            self.assertNotIn(self.sub_committee.id, self._scope(self.user_secretary))
        with freeze_time("2025-02-01"):
            self.assertIn(self.sub_committee.id, self._scope(self.user_secretary))

    def test_cron_closes_positions_past_their_own_end(self):
        """The daily job closes a seat whose end date has passed, mid-term."""
        yesterday = fields.Date.context_today(self.env["party.term"]) - timedelta(
            days=1
        )
        self.secretary_position.date_end = yesterday
        self.env["party.term"]._cron_close_ended_terms()
        self.assertEqual(self.secretary_position.state, "closed")

    def test_party_scope_hidden_from_other_users(self):
        """M2: who is in the party is not readable on res.users by others."""
        for field in ("party_scope_organization_ids", "party_organization_ids"):
            with self.assertRaises(AccessError):
                self.user_secretary.with_user(self.user_plain).read([field])
        with self.assertRaises(AccessError):
            self.env["res.users"].with_user(self.user_member).search(
                [("party_organization_ids", "!=", False)]
            )
        own = self.user_secretary.with_user(self.user_secretary).read(
            ["party_scope_organization_ids"]
        )
        self.assertIn(self.sub_committee.id, own[0]["party_scope_organization_ids"])

    def test_scope_never_grows_without_the_office(self):
        """Whatever a secretary tries, their scope after is within their scope before."""
        before = self._scope(self.user_secretary)
        deputy = self.env["party.position"].create(
            self._position_vals(self.cell_2, self.term, self._employee("Phó bí thư"))
        )
        as_sec = self.env(user=self.user_secretary)
        attempts = [
            lambda: as_sec["party.position"].create(
                self._position_vals(
                    self.committee, self.term_top, self.employee_secretary
                )
            ),
            lambda: as_sec["party.position"].create(
                self._position_vals(
                    self.cell_1, self.term_cell_1, self.employee_secretary
                )
            ),
            lambda: deputy.with_env(as_sec).write(
                {"employee_id": self.employee_secretary.id}
            ),
            lambda: deputy.with_env(as_sec).write(
                {"organization_id": self.committee.id}
            ),
            lambda: self.top_secretary.with_env(as_sec).write(
                {"employee_id": self.employee_secretary.id}
            ),
            lambda: self.user_secretary.with_env(as_sec).write(
                {"party_organization_ids": [(4, self.committee.id)]}
            ),
            lambda: self.employee_secretary.with_env(as_sec).write(
                {"user_id": self.user_secretary.id}
            ),
            lambda: as_sec["party.position"]
            .with_context(
                default_state="open", default_organization_id=self.committee.id
            )
            .create(
                self._position_vals(self.cell_2, self.term, self.employee_secretary)
            ),
        ]
        for attempt in attempts:
            try:
                with self.cr.savepoint():
                    attempt()
            except (AccessError, UserError, ValidationError):
                pass
            self.assertLessEqual(self._scope(self.user_secretary), before)
        self.env["party.position"].with_user(self.user_office).create(
            self._position_vals(self.cell_1, self.term_cell_1, self.employee_secretary)
        )
        self.assertIn(self.cell_1.id, self._scope(self.user_secretary))


@tagged("post_install", "-at_install")
class TestScopeWideningRpc(RedTeamMixin, HttpCase, ScopeCase):
    def test_rpc_self_appointment_refused(self):
        """C1 over JSON-RPC, as the attacker's browser session does it."""
        Position = self.env["party.position"]
        count = Position.search_count([])
        self.assertRefusedRpc(
            self.user_secretary,
            "party.position",
            "create",
            [
                self._position_vals(
                    self.committee, self.term_top, self.employee_secretary
                )
            ],
        )
        self.assertEqual(Position.search_count([]), count)
        with self.assertUnchanged(self.top_secretary | self.secretary_position):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.position",
                "write",
                [self.top_secretary.ids, {"employee_id": self.employee_secretary.id}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.position",
                "write",
                [self.secretary_position.ids, {"state": "open", "date_end": False}],
                context={"tracking_disable": True},
            )
        self.assertNotIn(self.committee.id, self._scope(self.user_secretary))

    def test_rpc_party_scope_of_others_hidden(self):
        """M2 over JSON-RPC: a plain user cannot list party members on res.users."""
        self.assertRefusedRpc(
            self.user_plain,
            "res.users",
            "search_read",
            [[("share", "=", False)]],
            fields=["name", "party_scope_organization_ids"],
        )
