# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestNumberingRules(PartyDocsCase):
    def _signed(self, doc):
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        return doc

    def test_document_outside_any_term_is_refused(self):
        """Numbers run per issuer and term (HD 36-HD/VPTW): a date outside any term is refused."""
        doc = self._signed(self._doc(date=date(2019, 6, 1)))
        with self.assertRaisesRegex(UserError, "outside every term") as caught:
            doc.action_issue()
        self.assertIn("01/06/2019", str(caught.exception))
        self.assertEqual((doc.state, doc.number), ("signed", 0))
        counters = self.env["party.document.counter"].search(
            [("organization_id", "=", self.committee.id), ("term_id", "=", False)]
        )
        self.assertFalse(counters)

    def test_issuer_without_term_is_refused(self):
        """An issuer with no term at all cannot number (HD 36-HD/VPTW; 294-QĐ/TW)."""
        Term = self.env["party.term"]
        self.assertFalse(Term.search([("organization_id", "=", self.cell_1.id)]))
        self.cell_1.code = "CB1"
        doc = self._signed(self._doc(organization_id=self.cell_1.id))
        with self.assertRaisesRegex(UserError, self.cell_1.name):
            doc.action_issue()

    def test_document_inside_a_term_is_numbered(self):
        """A document dated inside a term gets that term's register (HD 36-HD/VPTW)."""
        doc = self._issue(self._doc(date=date(2025, 10, 1)))
        self.assertEqual((doc.number, doc.term_id), (1, self.term_committee_next))
