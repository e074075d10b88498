# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestIssueChecks(PartyDocsCase):
    """QA #16: the elements of Hướng dẫn 36-HD/VPTW, and unreachable recipients."""

    def test_submit_refuses_missing_elements_and_names_them(self):
        """A document with only a type and a summary cannot be submitted;
        the message lists every missing element."""
        doc = self._doc(
            place=False,
            signer_title=False,
            signer_name=False,
            body=False,
            recipient_external=False,
        )
        with self.assertRaises(UserError) as error:
            doc.action_submit()
        message = str(error.exception)
        for label in (
            "signer's name",
            "signer's title",
            "body or main PDF",
            "place of issue",
            "recipients",
            "36-HD/VPTW",
        ):
            self.assertIn(label, message)
        self.assertEqual(doc.state, "draft")

    def test_sign_and_issue_refuse_a_document_emptied_after_approval(self):
        """Signing and issuing check again: the signer removed after
        approval blocks the signature and the issue."""
        doc = self._doc()
        doc.action_submit()
        doc.action_approve()
        doc.sudo().write({"signer_name": False})
        with self.assertRaisesRegex(UserError, "signer's name"):
            doc.action_sign()
        doc.sudo().write({"signer_name": "Nguyễn Văn Hùng"})
        doc.action_sign()
        doc.sudo().write({"recipient_external": False})
        with self.assertRaisesRegex(UserError, "recipients"):
            doc.action_issue()
        self.assertFalse(doc.number)

    def test_company_city_counts_as_place(self):
        """The place may come from the company's address, as printed."""
        self.company.partner_id.city = "Hà Nội"
        doc = self._doc(place=False)
        doc.action_submit()
        self.assertEqual(doc.state, "to_approve")

    def test_unreached_organisation_is_reported_to_the_sender(self):
        """An addressed cell with nobody to receive it is named in the
        chatter and in the warning returned to the sender."""
        doc = self._doc(recipient_organization_ids=[(6, 0, self.cell_1.ids)])
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        action = doc.action_issue()
        self.assertEqual(doc.state, "issued")
        self.assertEqual(action["tag"], "display_notification")
        self.assertEqual(action["params"]["type"], "warning")
        self.assertIn("Chi bộ 1", action["params"]["message"])
        notes = doc.message_ids.filtered(
            lambda m: "was not delivered electronically" in (m.body or "")
        )
        self.assertEqual(len(notes), 1)
        self.assertIn("Chi bộ 1", notes.body)

    def test_reached_organisation_gives_no_warning(self):
        """No warning when every addressed organisation has a receiver."""
        doc = self._doc(recipient_user_ids=[(6, 0, self.user_reader.ids)])
        doc.action_submit()
        doc.action_approve()
        doc.action_sign()
        self.assertIs(doc.action_issue(), True)

    def test_assign_with_a_past_deadline_warns(self):
        """QA docs #21: assigning with a deadline already passed warns the
        secretary instead of passing silently; a future deadline does not."""
        doc = self._doc(direction="incoming", number_symbol="3-TB/ĐUK")
        doc.write({"handler_id": self.user_secretary.id, "deadline": date(2020, 1, 1)})
        action = doc.action_assign()
        self.assertEqual(doc.state, "assigned")
        self.assertEqual(action["params"]["type"], "warning")
        self.assertIn("01/01/2020", action["params"]["message"])
        fresh = self._doc(direction="incoming", number_symbol="4-TB/ĐUK")
        fresh.write(
            {"handler_id": self.user_secretary.id, "deadline": date(2099, 1, 1)}
        )
        self.assertIs(fresh.action_assign(), True)
