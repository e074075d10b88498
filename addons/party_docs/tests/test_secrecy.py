# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import new_test_user, tagged

from .common import PartyDocsCase

PDF = base64.b64encode(b"%PDF-1.4\n% secret body\n%%EOF\n")


@tagged("post_install", "-at_install")
class TestSecrecy(PartyDocsCase):
    """Leak tests: a secret document stays within its registered audience."""

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        cls.secret = cls.Document.create(
            {
                "direction": "outgoing",
                "type_id": cls.type_nq.id,
                "organization_id": cls.committee.id,
                "summary": "Nghị quyết mật về nhân sự",
                "secrecy": "top_secret",
                "audience_user_ids": [(6, 0, cls.user_reader.ids)],
                "main_file": PDF,
                "main_filename": "mat.pdf",
                "place": "Hà Nội",
                "signer_title": "Bí thư",
                "signer_name": "Nguyễn Văn Hùng",
                "recipient_external": "Lưu Văn phòng",
            }
        )
        cls.annex = cls.env["ir.attachment"].create(
            {
                "name": "phu-luc.pdf",
                "datas": PDF,
                "res_model": "party.document",
                "res_id": cls.secret.id,
            }
        )
        cls.secret.annex_ids = cls.annex
        cls.user_portal = new_test_user(
            cls.env, login="party_portal", groups="base.group_portal"
        )

    def test_read_limited_to_audience_and_office(self):
        """Only the audience and the party office read a secret document."""
        self.assertTrue(self.secret.with_user(self.user_reader).summary)
        self.assertTrue(self.secret.with_user(self.user_office).summary)
        for user in (self.user_outsider, self.user_secretary):
            with self.assertRaises(AccessError):
                self.secret.with_user(user).read(["summary"])

    def test_door_delivery(self):
        """Issuing a secret document delivers nothing; a delivery cannot be forced."""
        self.secret.recipient_organization_ids = self.cell_1
        self._issue(self.secret)
        self.assertEqual(self.secret.state, "issued")
        self.assertFalse(self.secret.delivery_ids)
        with self.assertRaises(ValidationError):
            self.env["party.document.delivery"].create(
                {"document_id": self.secret.id, "user_id": self.user_outsider.id}
            )

    def test_door_qr(self):
        """A secret document gets no QR token, even when issued."""
        self._issue(self.secret)
        self.assertFalse(self.secret.access_token)
        self.assertFalse(self.secret.qr_image)
        with self.assertRaises(UserError):
            self.secret._ensure_access_token()
        with self.assertRaises(ValidationError):
            self.secret.sudo().access_token = "forced"

    def test_door_mail(self):
        """No e-mail is ever queued about a secret document."""
        outsider = self.user_outsider.partner_id
        outsider.email = "outsider@example.com"
        mails_before = self.env["mail.mail"].search_count([])
        self.secret.message_post(
            body="Nội dung mật",
            partner_ids=outsider.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.assertEqual(self.env["mail.mail"].search_count([]), mails_before)
        message = self.env["mail.message"].search(
            [("model", "=", "party.document"), ("res_id", "=", self.secret.id)], limit=1
        )
        with self.assertRaises(UserError):
            self.env["mail.mail"].create(
                {"mail_message_id": message.id, "body_html": "x", "email_to": "a@b.c"}
            )

    def test_door_chatter(self):
        """Followers and addressees outside the audience get no notification nor access."""
        self.secret.message_subscribe(partner_ids=self.user_outsider.partner_id.ids)
        message = self.secret.message_post(
            body="Ghi chú mật",
            partner_ids=self.user_outsider.partner_id.ids,
            message_type="comment",
            subtype_xmlid="mail.mt_comment",
        )
        self.assertFalse(message.partner_ids)
        self.assertFalse(message.notification_ids)
        with self.assertRaises(AccessError):
            message.with_user(self.user_outsider).read(["body"])
        self.assertTrue(message.with_user(self.user_reader).read(["body"]))

    def test_door_attachment_records(self):
        """Attachments of a secret document cannot be read, made public or shared by token."""
        attachments = self.env["ir.attachment"].with_user(self.user_outsider)
        with self.assertRaises(AccessError):
            attachments.browse(self.annex.id).read(["datas"])
        found = attachments.search([("res_model", "=", "party.document")])
        self.assertNotIn(self.annex, found)
        with self.assertRaises(UserError):
            self.annex.public = True
        with self.assertRaises(UserError):
            self.annex.generate_access_token()

    def test_door_export(self):
        """Exports by others contain no secret document."""
        export_group = self.env.ref("base.group_allow_export")
        (self.user_outsider | self.user_reader).groups_id = [(4, export_group.id)]
        docs = self.Document.with_user(self.user_outsider)
        self.assertNotIn(self.secret, docs.search([]))
        with self.assertRaises(AccessError):
            docs.browse(self.secret.id).export_data(["summary", "main_filename"])
        exported = self.secret.with_user(self.user_reader).export_data(["summary"])
        self.assertEqual(exported["datas"], [["Nghị quyết mật về nhân sự"]])

    def test_door_portal(self):
        """Portal users reach neither secret documents nor their attachments."""
        with self.assertRaises(AccessError):
            self.Document.with_user(self.user_portal).browse(self.secret.id).read(
                ["summary"]
            )
        with self.assertRaises(AccessError):
            self.env["ir.attachment"].with_user(self.user_portal).browse(
                self.annex.id
            ).read(["datas"])

    def test_door_handler(self):
        """An incoming secret document is handled only by someone of its audience."""
        values = {
            "direction": "incoming",
            "type_id": self.type_cv.id,
            "organization_id": self.committee.id,
            "summary": "Công văn mật đến",
            "number_symbol": "3-CV/ĐUK",
            "secrecy": "confidential",
            "deadline": "2025-05-01",
        }
        with self.assertRaises(ValidationError):
            self.Document.create(dict(values, handler_id=self.user_outsider.id))
        incoming = self.Document.create(values)
        with self.assertRaises(ValidationError):
            incoming.handler_id = self.user_outsider
        incoming.audience_user_ids = [(4, self.user_reader.id)]
        incoming.handler_id = self.user_reader
        incoming.action_assign()
        self.assertEqual(incoming.state, "assigned")
