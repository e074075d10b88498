# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestNumbering(PartyDocsCase):
    def test_numbers_per_type_and_issuer(self):
        """Numbers run from 01 per (issuer, type) and read <n>-<TYPE>/<code>."""
        first = self._issue(self._doc())
        second = self._issue(self._doc())
        letter = self._issue(self._doc(type_id=self.type_cv.id))
        self.assertEqual(first.number_symbol, "01-NQ/ĐU")
        self.assertEqual(second.number_symbol, "02-NQ/ĐU")
        self.assertEqual(letter.number_symbol, "01-CV/ĐU")
        self.assertEqual(first.term_id, self.term_committee)

    def test_numbers_restart_with_term_not_year(self):
        """A new term restarts the register; a new year inside a term does not."""
        self._issue(self._doc(date=date(2024, 12, 30)))
        same_term = self._issue(self._doc(date=date(2025, 1, 5)))
        new_term = self._issue(self._doc(date=date(2025, 10, 2)))
        self.assertEqual(same_term.number, 2)
        self.assertEqual(new_term.number, 1)
        self.assertEqual(new_term.term_id, self.term_committee_next)

    def test_secret_documents_share_the_sequence(self):
        """Secret and ordinary documents of a type share one sequence."""
        self._issue(self._doc())
        secret = self._issue(self._doc(secrecy="secret"))
        after = self._issue(self._doc())
        self.assertEqual((secret.number, after.number), (2, 3))

    def test_number_given_at_issue_only(self):
        """Drafts and signed documents carry no number until issued."""
        doc = self._doc()
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        self.assertFalse(doc.number_symbol)
        doc.action_issue()
        self.assertEqual(doc.number, 1)

    def test_incoming_keeps_sender_symbol_and_gets_arrival_number(self):
        """Incoming documents keep the sender's symbol and are numbered per year on arrival."""
        values = {
            "direction": "incoming",
            "number_symbol": "45-CV/ĐUK",
            "sender": "Đảng ủy Khối",
            "type_id": self.type_cv.id,
        }
        first = self._doc(arrival_date=date(2025, 12, 30), **values)
        second = self._doc(arrival_date=date(2025, 12, 31), **values)
        next_year = self._doc(arrival_date=date(2026, 1, 2), **values)
        self.assertEqual(first.number_symbol, "45-CV/ĐUK")
        self.assertEqual(first.state, "received")
        self.assertEqual(
            (first.arrival_number, second.arrival_number, next_year.arrival_number),
            (1, 2, 1),
        )
