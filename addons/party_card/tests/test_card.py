# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from psycopg2 import IntegrityError

from odoo.exceptions import UserError, ValidationError
from odoo.tests import tagged
from odoo.tools import mute_logger

from ..report.card_pdf import qr_mask
from .common_cards import PartyCardCase


@tagged("post_install", "-at_install")
class TestPartyCard(PartyCardCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.official = cls._official("NGUYỄN VĂN AN")

    def test_number_unique_across_companies(self):
        """A card number is unique nationally: across all companies."""
        self._card(self.official, number="12345678")
        other = self.env["party.member"].create(
            {"name": "Công ty B", "company_id": self.other_company.id}
        )
        other._add_event("admission", date(2010, 1, 5), decision=False)
        other._add_event("official_recognition", date(2011, 1, 5))
        with mute_logger("odoo.sql_db"), self.assertRaises(IntegrityError):
            with self.cr.savepoint():
                self._card(other, number="12345678")

    def test_number_format(self):
        """A card number is exactly 8 digits."""
        for number in ("1234567", "123456789", "1234567A"):
            with self.assertRaises(ValidationError):
                with self.cr.savepoint():
                    self._card(self.official, number=number)

    def test_only_official_members(self):
        """Only official members receive a party card."""
        probationary = self._member("DỰ BỊ", admitted=date(2025, 6, 1))
        self.assertEqual(probationary.state, "probationary")
        with self.assertRaises(ValidationError):
            self._card(probationary)
        self.assertTrue(self._card(self.official))

    def test_lost_then_reissued_links_cards(self):
        """Reporting a loss and reissuing links the new card to the old one."""
        card = self._card(self.official)
        with self.assertRaises(UserError):
            card._reissue("87654321")
        card.action_report_lost()
        self.assertEqual(card.state, "lost")
        self.assertFalse(card._is_valid())
        new = card._reissue("87654321")
        self.assertEqual(new.state, "reissued")
        self.assertEqual(new.replaced_card_id, card)
        self.assertEqual(card.replacement_card_id, new)
        self.assertTrue(new._is_valid())
        self.assertEqual(self.official.card_number, "87654321")

    def test_expulsion_asks_recovery(self):
        """Expelling or removing a member schedules the recovery of the card."""
        card = self._card(self.official)
        removed = self._official("XÓA TÊN")
        card_removed = self._card(removed)
        self.env["party.discipline"].create(
            {
                "member_id": self.official.id,
                "decision_id": self.decision.id,
                "form": "expulsion",
                "date": date(2025, 3, 1),
            }
        )
        removed._add_event("removal", date(2025, 3, 1))
        for target in (card, card_removed):
            self.assertEqual(len(target.activity_ids), 1)
            self.assertEqual(target.state, "issued")
            self.assertFalse(target._is_valid())
        card.action_recover()
        self.assertEqual(card.state, "recovered")
        self.assertFalse(card.activity_ids)

    def test_recovery_asked_of_the_responsible_user(self):
        """The recovery goes to the secretary of the holder's organisation or
        of its nearest ancestor with one (party_org's responsible user);
        with no secretary up the tree, to a Party Office user, never to
        OdooBot."""
        self._secretary_on_sub_committee()
        inside = self._official("TRONG CHI BỘ 2", self.cell_2)
        outside = self._official("Ở CHI BỘ 1", self.cell_1)
        cards = self._card(inside) | self._card(outside)
        (inside | outside)._add_event("removal", date(2025, 3, 1))
        self.assertEqual(cards[0].activity_ids.user_id, self.user_secretary)
        self.assertEqual(cards[1].activity_ids.user_id, self.user_office)

    def test_card_number_on_printouts(self):
        """The member printouts (2-HSĐV) read the valid card's number
        through party_member's hook."""
        self.assertFalse(self.official._party_card_number())
        card = self._card(self.official)
        self.official.invalidate_recordset(["card_number"])
        self.assertEqual(self.official._party_card_number(), card.number)

    def test_death_kept_by_family(self):
        """The family keeps the card of a deceased member."""
        card = self._card(self.official)
        self.official._add_event("death", date(2025, 5, 1))
        self.assertEqual(card.state, "kept_by_family")
        self.assertEqual(card.state_date, date(2025, 5, 1))

    def test_token_unguessable_and_unique(self):
        """Each card gets its own long random token from party.token.mixin;
        the QR code and the verification URL point to /party/card/verify/
        <token> and follow a new token."""
        # One valid card per member: the second card is another member's.
        first = self._card(self.official)
        second = self._card(self._official("TRẦN VĂN BA"))
        self.assertIsInstance(first, self.env.registry["party.token.mixin"])
        self.assertNotEqual(first.access_token, second.access_token)
        self.assertGreaterEqual(len(first.access_token), 32)
        old = first.access_token
        old_mask = first.qr_mask
        first.action_regenerate_token()
        self.assertNotEqual(first.access_token, old)
        url = f"{first.get_base_url()}/party/card/verify/{first.access_token}"
        self.assertEqual(first.verify_url, url)
        self.assertEqual(first.qr_url, url)
        self.assertEqual(first.qr_mask, qr_mask(url))
        self.assertNotEqual(first.qr_mask, old_mask)
        png = first._party_qr_png(url, box_size=4, border=0).decode()
        self.assertEqual(first._qr_data_uri(), f"data:image/png;base64,{png}")

    def test_print_cards_pdf(self):
        """Batch printing returns the card report (reportlab, one PDF for the
        selection, streamed and not stored)."""
        cards = self._card(self.official) | self._card(self._official("TRẦN VĂN BA"))
        action = cards.action_print_cards()
        self.assertEqual(action["report_name"], "party_card.report_party_card_sheet")
        Report = self.env["ir.actions.report"]
        pdf, kind = Report._render_qweb_pdf(action["report_name"], cards.ids)
        self.assertEqual(kind, "pdf")
        self.assertTrue(pdf.startswith(b"%PDF"))
        single = (
            self.env["party.card.print"]
            .create({"card_ids": [(6, 0, cards.ids)], "layout": "single"})
            .action_print()
        )
        self.assertEqual(single["report_name"], "party_card.report_party_card_single")
        pdf = Report._render_qweb_pdf(single["report_name"], cards.ids)[0]
        self.assertTrue(pdf.startswith(b"%PDF"))
