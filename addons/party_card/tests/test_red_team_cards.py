# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team: party cards and their print wizard (security review H1, H6,
H7; QA members #16, #25)."""

from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, new_test_user, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from .common_cards import PartyCardCase


class CardRedTeamCase(RedTeamMixin, PartyCardCase):
    """A secretary of the sub-committee (cell_2), a member of their cell and
    one of cell_1 (outside), each with a card."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls._secretary_on_sub_committee()
        cls.user_portal = new_test_user(
            cls.env, login="party_portal", groups="base.group_portal"
        )
        cls.inside = cls._official("TRONG PHẠM VI", cls.cell_2)
        cls.outside = cls._official("NGOÀI PHẠM VI", cls.cell_1)
        cls.card_in, cls.card_out = cls._card(cls.inside), cls._card(cls.outside)


@tagged("post_install", "-at_install")
class TestCardRedTeam(CardRedTeamCase):
    def test_token_regenerated_by_office_only(self):
        """H7: only the party office regenerates a card's QR token."""
        for user in (
            self.user_portal,
            self.user_plain,
            self.user_member,
            self.user_secretary,
        ):
            card = self.env["party.card"].with_user(user).browse(self.card_in.id)
            with self.assertUnchanged(self.card_in), self.assertRaises(AccessError):
                card.action_regenerate_token()
        old = self.card_in.access_token
        self.card_in.with_user(self.user_office).action_regenerate_token()
        self.assertNotEqual(self.card_in.access_token, old)

    def test_token_never_written(self):
        """H7: a token is never set through write or create, and is unique."""
        office = self.card_in.with_user(self.user_office)
        with self.assertUnchanged(self.card_in), self.assertRaises(AccessError):
            office.write({"access_token": self.card_out.access_token})
        with self.assertRaises(AccessError):
            office.create(
                {
                    "member_id": self.inside.id,
                    "number": "55555555",
                    "access_token": "A" * 32,
                }
            )
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.cr.savepoint():
                self.card_in.write({"access_token": self.card_out.access_token})

    def test_card_state_and_holder_locked(self):
        """H6: a card's state and holder change only through the actions."""
        self.card_in.with_user(self.user_secretary).action_report_lost()
        self.assertEqual(self.card_in.state, "lost")
        for user in (self.user_secretary, self.user_office):
            card = self.card_in.with_user(user)
            with self.assertUnchanged(self.card_in):
                for vals in (
                    {"state": "issued"},
                    {"member_id": self.outside.id},
                    {"state_date": date(2020, 1, 1)},
                ):
                    with self.assertRaises(AccessError):
                        card.with_context(tracking_disable=True).write(vals)
        self.assertFalse(self.card_in._is_valid())

    def test_card_actions_in_scope_only(self):
        """H6: a secretary reports a loss in their subtree only."""
        with self.assertUnchanged(self.card_out), self.assertRaises(AccessError):
            self.card_out.with_user(self.user_secretary).action_report_lost()
        with self.assertUnchanged(self.card_in), self.assertRaises(AccessError):
            self.card_in.with_user(self.user_member).action_recover()
        self.card_in.with_user(self.user_secretary).action_recover()
        self.assertEqual(self.card_in.state, "recovered")

    def test_only_valid_cards_printed(self):
        """QA #16: a lost or recovered card is not printed."""
        self.card_in.with_user(self.user_secretary).action_report_lost()
        with self.assertRaises(UserError):
            self.card_in.with_user(self.user_secretary).action_print_cards()
        action = (self.card_in | self.card_out).with_user(self.user_office)
        self.assertEqual(
            action.action_print_cards()["report_name"],
            "party_card.report_party_card_sheet",
        )

    def test_reissue_is_linked_and_checked(self):
        """H6: a reissued card replaces a lost card of the same member only."""
        Card = self.env["party.card"].with_user(self.user_office)
        with self.assertRaises(ValidationError):
            Card.create(
                {
                    "member_id": self.inside.id,
                    "number": "44444444",
                    "replaced_card_id": self.card_in.id,
                }
            )
        self.card_in.action_report_lost()
        new = Card.create(
            {
                "member_id": self.inside.id,
                "number": "44444444",
                "replaced_card_id": self.card_in.id,
            }
        )
        self.assertEqual(new.state, "reissued")
        self.assertTrue(new._is_valid())

    def test_own_card_read_only(self):
        """H1: the 'member reads own' rule gives reading, not writing."""
        me = self._official(
            "BÍ THƯ ĐÃ XÓA TÊN", self.cell_1, employee_id=self.employee_secretary.id
        )
        card = self._card(me)
        me._add_event("removal", date(2026, 1, 5))
        self.env.registry.clear_cache()
        mine = card.with_user(self.user_secretary)
        self.assertTrue(mine.read(["note"]))
        with self.assertUnchanged(card), self.assertRaises(AccessError):
            mine.write({"note": "sửa thẻ của chính mình"})

    def test_print_wizard_belongs_to_its_creator(self):
        """QA #25: another user's print wizard is neither listed nor read."""
        wizard = (
            self.env["party.card.print"]
            .with_user(self.user_office)
            .create({"card_ids": [(6, 0, self.card_in.ids)]})
        )
        Model = self.env["party.card.print"].with_user(self.user_secretary)
        self.assertFalse(Model.search_read([], ["id"]))
        with self.assertRaises(AccessError):
            Model.browse(wizard.id).read(["create_uid"])


@tagged("post_install", "-at_install")
class TestCardRedTeamHttp(CardRedTeamCase, HttpCase):
    def test_http_token_regeneration_refused(self):
        """H7 over RPC: portal, plain users and secretaries cannot kill a QR."""
        with self.assertUnchanged(self.card_in | self.card_out):
            for user in (self.user_portal, self.user_plain, self.user_secretary):
                self.assertRefusedRpc(
                    user,
                    "party.card",
                    "action_regenerate_token",
                    [[self.card_in.id, self.card_out.id]],
                )
            self.assertRefusedRpc(
                self.user_office,
                "party.card",
                "write",
                [[self.card_in.id], {"access_token": "B" * 32}],
            )
        old = self.card_in.access_token
        self.call_kw(
            self.user_office,
            "party.card",
            "action_regenerate_token",
            [[self.card_in.id]],
        )
        self.card_in.invalidate_recordset()
        self.assertNotEqual(self.card_in.access_token, old)

    def test_http_wizards_of_others_hidden(self):
        """QA #25 over RPC: another user's print wizard is neither listed nor read."""
        wizard = (
            self.env["party.card.print"]
            .with_user(self.user_office)
            .create({"card_ids": [(6, 0, self.card_in.ids)]})
        )
        found = self.call_kw(
            self.user_secretary, "party.card.print", "search_read", [[]], fields=["id"]
        )
        self.assertEqual(found, [])
        with self.assertUnchanged(wizard):
            self.assertRefusedRpc(
                self.user_secretary, "party.card.print", "action_print", [[wizard.id]]
            )

    def test_http_card_state_refused(self):
        """H6 over RPC: a card's state and holder are not written, even with
        context."""
        self.card_in.action_report_lost()
        context = {"tracking_disable": True, "mail_notrack": True}
        with self.assertUnchanged(self.card_in):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.card",
                "write",
                [[self.card_in.id], {"state": "issued"}],
                context=context,
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.card",
                "write",
                [[self.card_in.id], {"member_id": self.outside.id}],
            )
