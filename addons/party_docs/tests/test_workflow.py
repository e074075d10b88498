# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from freezegun import freeze_time

from odoo.exceptions import AccessError, UserError
from odoo.tests import tagged

from .common import PartyDocsCase


@tagged("post_install", "-at_install")
class TestWorkflow(PartyDocsCase):
    def test_outgoing_states_in_order(self):
        """An outgoing document goes draft → to approve → approved → signed → issued."""
        doc = self._doc()
        self.assertEqual(doc.state, "draft")
        with self.assertRaises(UserError):
            doc.action_issue()
        doc.action_submit()
        self.assertEqual(doc.state, "to_approve")
        doc.action_approve()
        doc.action_sign()
        self.assertEqual(doc.state, "signed")
        doc.action_issue()
        self.assertEqual(doc.state, "issued")
        with self.assertRaises(UserError):
            doc.action_cancel()

    def test_submit_needs_issuer_code(self):
        """An organisation without an issuer code cannot number documents."""
        doc = self._doc(organization_id=self.cell_1.id)
        with self.assertRaises(UserError):
            doc.action_submit()

    def test_issue_delivers_to_recipients_and_records_reading(self):
        """Issuing delivers to named people; opening the document records the reading."""
        doc = self._doc(recipient_user_ids=[(6, 0, self.user_reader.ids)])
        self._issue(doc)
        delivery = doc.delivery_ids
        self.assertEqual(delivery.user_id, self.user_reader)
        self.assertFalse(delivery.date_read)
        inbox = self.env["party.document.delivery"].with_user(self.user_reader)
        self.assertEqual(inbox.search([]), delivery)
        doc.with_user(self.user_reader).web_read({"summary": {}})
        self.assertTrue(delivery.date_read)
        # Someone else's inbox stays empty and the document closed to them.
        self.assertFalse(
            self.env["party.document.delivery"].with_user(self.user_outsider).search([])
        )
        with self.assertRaises(AccessError):
            doc.with_user(self.user_outsider).read(["summary"])

    def test_issue_delivers_to_committee_of_recipient_organisations(self):
        """A recipient organisation's committee members (open positions) receive it."""
        self.env["party.position"].create(
            {
                "organization_id": self.cell_2.id,
                "term_id": self.term.id,
                "employee_id": self.employee_secretary.id,
                "role": "secretary",
                "date_start": date(2025, 1, 1),
            }
        )
        doc = self._issue(
            self._doc(recipient_organization_ids=[(6, 0, self.cell_2.ids)])
        )
        self.assertEqual(doc.delivery_ids.user_id, self.user_secretary)
        self.assertTrue(doc.access_token)

    def test_qr_token_from_the_token_mixin(self):
        """Issuing gives the document a token of party.token.mixin; its QR
        code encodes /party/doc/<token>; renewing gives a new token and
        URL."""
        doc = self._issue(self._doc())
        self.assertIsInstance(doc, self.env.registry["party.token.mixin"])
        token = doc.sudo().access_token
        self.assertEqual(len(token), 32)
        url = f"{doc.get_base_url()}/party/doc/{token}"
        self.assertEqual(doc.qr_url, url)
        self.assertEqual(doc.qr_image, doc._party_qr_png(url))
        doc.with_user(self.user_office).action_regenerate_access_token()
        doc.invalidate_recordset()
        self.assertNotEqual(doc.sudo().access_token, token)
        self.assertEqual(
            doc.qr_url, f"{doc.get_base_url()}/party/doc/{doc.sudo().access_token}"
        )

    def test_reply_links_to_original(self):
        """A reply is linked to the document it answers."""
        incoming = self._doc(direction="incoming", number_symbol="12-CV/ĐUK")
        reply = self._doc(type_id=self.type_cv.id, reply_to_id=incoming.id)
        self.assertEqual(incoming.reply_ids, reply)

    def test_incoming_assign_needs_handler_and_deadline(self):
        """Assigning an incoming document needs a handler and a deadline, and plans an activity."""
        doc = self._doc(direction="incoming", number_symbol="3-TB/ĐUK")
        with self.assertRaises(UserError):
            doc.action_assign()
        doc.write({"handler_id": self.user_secretary.id, "deadline": date(2025, 4, 1)})
        doc.action_assign()
        self.assertEqual(doc.state, "assigned")
        self.assertEqual(doc.activity_ids.user_id, self.user_secretary)
        doc.action_start()
        doc.action_done()
        self.assertEqual(doc.state, "done")
        self.assertFalse(doc.activity_ids)

    def test_overdue_flag_and_reminder(self):
        """An open incoming document past its deadline is flagged and its handler reminded."""
        with freeze_time("2025-04-01"):
            doc = self._doc(direction="incoming", number_symbol="5-CV/ĐUK")
            doc.write(
                {"handler_id": self.user_secretary.id, "deadline": date(2025, 4, 10)}
            )
            doc.action_assign()
            self.assertFalse(doc.is_overdue)
        with freeze_time("2025-04-15"):
            self.Document._cron_incoming_overdue()
            self.assertTrue(doc.is_overdue)
            self.assertIn(doc, self.Document.search([("is_overdue", "=", True)]))
            self.assertEqual(len(doc.activity_ids), 2)
            self.Document._cron_incoming_overdue()
            self.assertEqual(len(doc.activity_ids), 2, "one reminder a day")
            doc.action_done()
            self.assertFalse(doc.is_overdue)
