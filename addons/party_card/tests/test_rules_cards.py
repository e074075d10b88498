# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Issue #10, QA members 12, 14, 15 and 16: party cards and status dates."""

from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import tagged

from .common_cards import PartyCardCase

EXTERNAL = "Đảng bộ Tổng công ty Điện lực miền Bắc"


@tagged("post_install", "-at_install")
class TestRulesCards(PartyCardCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.holder = cls._official("JEFFREY KELLY QA")
        cls.card = cls._card(cls.holder, number="01250001")

    def _transfer_out(self, member, **vals):
        transfer = self.env["party.transfer"].create(
            {
                "company_id": self.company.id,
                "member_id": member.id,
                "kind": "official",
                "direction": "out",
                "transfer_date": date(2025, 8, 1),
                **vals,
            }
        )
        transfer.action_done()
        return transfer

    def test_second_valid_card_refused(self):
        """A member holds one valid card at a time; a loss is reissued (Hướng
        dẫn 12-HD/BTCTW)."""
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._card(self.holder, number="01250003")
        self.card.action_report_lost()
        new = self.card._reissue("01250009")
        self.assertEqual(new.state, "reissued")
        with self.assertRaises(ValidationError), self.cr.savepoint():
            self._card(self.holder, number="01250010")
        valid = self.holder.card_ids.filtered(lambda card: card._is_valid())
        self.assertEqual(valid, new)

    def test_lost_card_never_valid_again(self):
        """A lost or recovered card never becomes valid again, even written
        with sudo (Hướng dẫn 12-HD/BTCTW: a new card is reissued)."""
        self.card.action_report_lost()
        for state in ("issued", "reissued"):
            with self.assertRaises(ValidationError), self.cr.savepoint():
                self.card.sudo().write({"state": state})
            with self.assertRaises(AccessError), self.cr.savepoint():
                self.card.with_user(self.user_office).write({"state": state})
        self.assertEqual(self.card.state, "lost")
        self.assertFalse(self.card._is_valid())
        other = self._card(self._official("THU HỒI QA"))
        other.action_recover()
        with self.assertRaises(ValidationError), self.cr.savepoint():
            other.sudo().write({"state": "issued"})

    def test_print_only_members_in_party(self):
        """Printing by organisation leaves out removed, expelled, left,
        deceased and transferred members and lost cards (Hướng dẫn 12-HD/BTCTW)."""
        exempt = self._official("MIỄN SINH HOẠT QA")
        gone = {
            event: self._official(f"{event.upper()} QA")
            for event in ("removal", "leave", "death", "transfer_out")
        }
        expelled = self._official("KHAI TRỪ QA")
        lost = self._official("MẤT THẺ QA")
        cards = {m: self._card(m) for m in (exempt, expelled, lost, *gone.values())}
        exempt._add_event("exemption", date(2025, 1, 6))
        for event, member in gone.items():
            external = EXTERNAL if event == "transfer_out" else None
            member._add_event(event, date(2025, 3, 1), to_external=external)
        self.env["party.discipline"].create(
            {
                "member_id": expelled.id,
                "decision_id": self.decision.id,
                "form": "expulsion",
                "date": date(2025, 3, 1),
            }
        )
        cards[lost].action_report_lost()
        wizard = self.env["party.card.print"].create(
            {"organization_id": self.committee.id}
        )
        self.assertEqual(wizard._get_cards(), self.card | cards[exempt])
        chosen = self.env["party.card.print"].create(
            {"card_ids": [(6, 0, [cards[lost].id, cards[gone["removal"]].id])]}
        )
        with self.assertRaises(UserError):
            chosen._get_cards()

    def test_transferred_member_keeps_valid_card(self):
        """A member transferred to another committee stays a party member:
        the card stays valid (Quy định 294-QĐ/TW; DOMAIN.md, Party age)."""
        self._transfer_out(self.holder, to_external=EXTERNAL)
        self.assertEqual(self.holder.state, "transferred_out")
        self.assertEqual(self.card.state, "issued")
        self.assertFalse(self.card.activity_ids)
        self.assertTrue(self.card._is_valid())
        # No longer in this organisation's charge: not printed here.
        wizard = self.env["party.card.print"].create(
            {"organization_id": self.committee.id}
        )
        with self.assertRaises(UserError):
            wizard._get_cards()
        moved = self._official("CHUYỂN CHI BỘ QA")
        moved_card = self._card(moved)
        self._transfer_out(moved, to_organization_id=self.cell_2.id)
        self.assertEqual(moved.organization_id, self.cell_2)
        self.assertTrue(moved_card._is_valid())

    @freeze_time("2026-11-30")
    def test_future_status_change_refused(self):
        """A status change dated after today does not take effect today: it
        is refused (QA members 12: a death dated next March)."""
        wizard = self.env["party.member.status.wizard"].create(
            {
                "member_id": self.holder.id,
                "event_type": "death",
                "date": date(2027, 3, 1),
                "decision_date": date(2026, 11, 30),
            }
        )
        with self.assertRaises(UserError):
            wizard.action_confirm()
        self.assertEqual(self.holder.state, "official")
        self.assertEqual(self.card.state, "issued")
        self.assertFalse(self.holder.event_ids.filtered(lambda e: e.date.year > 2026))
        wizard.date = date(2026, 11, 30)
        wizard.action_confirm()
        self.assertEqual(self.holder.state, "deceased")
        self.assertEqual(self.card.state, "kept_by_family")
