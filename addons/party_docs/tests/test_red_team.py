# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Red team of party documents (security review C3, H1, H3, H6, M4, M5, M6,
M8; QA docs #3, #17, #19, #21): each exploit is refused and changes nothing;
the workflow still works for the right people."""

import base64
import io

import openpyxl
import psycopg2

from odoo.exceptions import AccessError, UserError, ValidationError
from odoo.tests import HttpCase, tagged
from odoo.tools import mute_logger

from odoo.addons.party_org.tests.red_team import RedTeamMixin

from ..engine.pdf_signature import make_self_signed_pkcs12
from .red_team_common import DocsRedTeamCase
from .test_signature import make_pdf

# AccessError, ValidationError and MissingError are UserErrors too.
REFUSED = UserError


@tagged("post_install", "-at_install")
class TestDocumentForgery(RedTeamMixin, DocsRedTeamCase):
    """C3, H6: no forged document of the committee, no state by write."""

    def test_document_cannot_move_to_the_committee(self):
        """C3: a secretary cannot re-parent their draft to the committee above."""
        doc = self._draft(self.user_secretary)
        with self.assertUnchanged(doc), self.assertRaises(AccessError):
            doc.write({"organization_id": self.committee.id})
        submitted = self._draft(self.user_secretary)
        submitted.action_submit()
        with self.assertUnchanged(submitted), self.assertRaises(REFUSED):
            submitted.write({"organization_id": self.cell_2.id, "summary": "Khác"})

    def test_workflow_fields_only_through_actions(self):
        """C3/H6: state, number, symbol and approver are never written directly."""
        doc = self._draft(self.user_secretary)
        for vals in (
            {"state": "approved"},
            {"state": "issued"},
            {"number": 7},
            {"number_symbol": "07-NQ/CB2"},
            {"approval_user_id": self.user_office.id},
            {"signature_state": "signed"},
            {"direction": "incoming"},
        ):
            with self.assertUnchanged(doc), self.assertRaises(AccessError):
                doc.write(vals)
        Document = self.Document.with_user(self.user_secretary)
        with self.assertRaises(AccessError):
            Document.create(
                {
                    "type_id": self.type_nq.id,
                    "organization_id": self.cell_2.id,
                    "summary": "Giả mạo",
                    "number_symbol": "99-NQ/CB2",
                }
            )
        with self.assertRaises(AccessError):
            Document.create(
                {
                    "type_id": self.type_nq.id,
                    "organization_id": self.cell_2.id,
                    "summary": "Giả mạo",
                    "state": "issued",
                }
            )

    def test_drafter_does_not_approve(self):
        """C3: whoever drafted or submitted a document does not approve it."""
        doc = self._draft(self.user_secretary)
        doc.action_submit()
        with self.assertUnchanged(doc), self.assertRaises(AccessError):
            doc.action_approve()
        other = self._draft(self.user_deputy)
        other.with_user(self.user_secretary).action_submit()
        with self.assertUnchanged(other), self.assertRaises(AccessError):
            other.with_user(self.user_secretary).action_approve()
        doc.with_user(self.user_deputy).action_approve()
        self.assertEqual(doc.state, "approved")
        self.assertEqual(doc.approval_user_id, self.user_deputy)

    def test_approval_needs_a_signer_role(self):
        """C3: a secretary without a signer position in the organisation does not approve."""
        doc = self.Document.create(
            {
                "type_id": self.type_nq.id,
                "organization_id": self.committee.id,
                "summary": "Dự thảo",
                "body": "<p>Dự thảo nghị quyết.</p>",
                **self.required,
            }
        )
        doc.action_submit()
        with self.assertUnchanged(doc), self.assertRaises(AccessError):
            doc.with_user(self.user_assigned).action_approve()
        doc.with_user(self.user_office).action_approve()
        self.assertEqual(doc.approval_user_id, self.user_office)

    def test_certificate_only_for_its_signers(self):
        """C3: only the signer roles of the organisation or the office sign with its certificate."""
        doc = self.committee_approved
        for user in (self.user_assigned, self.user_secretary, self.user_member):
            with self.assertUnchanged(doc), self.assertRaises(AccessError):
                doc.with_user(user).action_sign_digital()
            with self.assertUnchanged(doc), self.assertRaises(AccessError):
                doc.with_user(user).action_sign()
        doc.with_user(self.user_office).action_sign_digital()
        self.assertEqual(doc.signing_certificate_id.organization_id, self.committee)
        doc.with_user(self.user_office).action_issue()
        self.assertEqual(doc.number_symbol, "02-NQ/ĐU")

    def test_cell_signers_issue_their_own_documents(self):
        """QA #19: the cell's secretary signs and issues the cell's documents."""
        doc = self._approved()
        doc.action_sign_digital()
        self.assertEqual(doc.signing_certificate_id.organization_id, self.cell_2)
        doc.action_issue()
        self.assertEqual((doc.state, doc.number_symbol), ("issued", "01-NQ/CB2"))


@tagged("post_install", "-at_install")
class TestSignedAndSettled(RedTeamMixin, DocsRedTeamCase):
    """H3, settled records (QA #3, #17, #21), M4."""

    def test_signed_pdf_never_replaced(self):
        """H3: no context key and no role replaces a signed PDF or its hash."""
        doc = self._approved()
        doc.action_sign_digital()
        fake = base64.b64encode(make_pdf("Gia mao"))
        signed = doc.sudo().signed_file
        for user in (self.user_secretary, self.user_office):
            for vals in (
                {"signed_file": fake},
                {"signed_hash": "0" * 64},
                {"signature_state": "unsigned"},
                {"main_file": fake},
            ):
                with self.assertUnchanged(doc), self.assertRaises(REFUSED):
                    doc.with_user(user).with_context(party_signing=True).write(vals)
        with self.assertRaises(UserError):
            doc.sudo().write({"signed_file": fake})
        attachment = self.env["ir.attachment"].search(
            [
                ("res_model", "=", "party.document"),
                ("res_id", "=", doc.id),
                ("res_field", "=", "signed_file"),
            ]
        )
        for operation in ("write", "unlink"):
            with self.assertRaises(UserError):
                target = attachment.with_user(self.user_office)
                if operation == "write":
                    target.write({"datas": fake})
                else:
                    target.unlink()
        self.assertEqual(doc.sudo().signed_file, signed)

    def test_issued_document_is_locked(self):
        """Settled: an issued document changes only through the office's correction."""
        doc = self.delivered
        for user in (self.user_office, self.user_assigned):
            for vals in (
                {"summary": "Sửa sau ban hành"},
                {"date": "2026-01-01"},
                {"body": "<p>Khác</p>"},
                {"recipient_user_ids": [(5, 0, 0)]},
                {"main_file": self.pdf},
            ):
                with self.assertUnchanged(doc), self.assertRaises(REFUSED):
                    doc.with_user(user).write(vals)
        with self.assertUnchanged(doc):
            for method in ("action_reset_draft", "action_cancel", "unlink"):
                with self.assertRaises(REFUSED):
                    getattr(doc.with_user(self.user_office), method)()

    def test_office_corrects_with_a_reason(self):
        """Settled: the office's correction is applied and recorded with its reason."""
        doc = self.delivered
        Correction = self.env["party.document.correction"].with_context(
            default_document_id=doc.id
        )
        with self.assertUnchanged(doc):
            with self.assertRaises(AccessError):
                doc.with_user(self.user_assigned).action_open_correction()
            with self.assertRaises(AccessError):
                Correction.with_user(self.user_assigned).create(
                    {"reason": "x", "summary": "Giả"}
                ).action_apply()
        wizard = Correction.with_user(self.user_office).create(
            {"reason": "Sai chính tả trích yếu"}
        )
        self.assertEqual(wizard.summary, doc.summary)
        wizard.summary = "Nghị quyết của Đảng ủy (đính chính)"
        wizard.action_apply()
        self.assertEqual(doc.summary, "Nghị quyết của Đảng ủy (đính chính)")
        note = doc.message_ids.filtered(lambda m: "Sai chính tả" in str(m.body))
        self.assertEqual(note.author_id, self.user_office.partner_id)

    def test_access_token_is_the_servers(self):
        """M4: the QR token is never written, unique, renewed only by the office."""
        doc = self._approved()
        doc.action_sign()
        doc.action_issue()
        token = self.delivered.sudo().access_token
        for user in (self.user_secretary, self.user_office):
            with self.assertUnchanged(doc), self.assertRaises(UserError):
                doc.with_user(user).write({"access_token": token})
        with self.assertUnchanged(doc), self.assertRaises(AccessError):
            doc.action_regenerate_access_token()
        with mute_logger("odoo.sql_db"), self.assertRaises(psycopg2.IntegrityError):
            with self.env.cr.savepoint():
                doc.sudo().write({"access_token": token})
                doc.flush_recordset()
        old = doc.sudo().access_token
        doc.with_user(self.user_office).action_regenerate_access_token()
        self.assertNotEqual(doc.sudo().access_token, old)
        found, status = self.Document._get_by_qr_token(token, self.user_secretary)
        self.assertEqual((found, status), (self.delivered.sudo(), "ok"))

    def test_register_cells_are_not_formulas(self):
        """M5: a summary starting with = stays text in the XLSX register."""
        doc = self._draft(self.user_secretary, summary='=HYPERLINK("http://x","y")')
        doc.action_submit()
        doc.with_user(self.user_deputy).action_approve()
        doc.action_sign()
        doc.action_issue()
        register = (
            self.env["party.document.register"]
            .with_user(self.user_secretary)
            .create(
                {
                    "organization_id": self.cell_2.id,
                    "date_from": doc.date.replace(month=1, day=1),
                    "date_to": doc.date,
                }
            )
        )
        register.action_export_xlsx()
        book = openpyxl.load_workbook(
            io.BytesIO(base64.b64decode(register.sudo().xlsx_file))
        )
        cell = book.active.cell(5, 4)
        self.assertNotEqual(cell.data_type, "f")
        self.assertTrue(str(cell.value).startswith("'="))


@tagged("post_install", "-at_install")
class TestDocumentReach(RedTeamMixin, DocsRedTeamCase):
    """H1, M6, M8, public methods."""

    def test_delivered_document_is_read_only(self):
        """H1: a document delivered to a secretary is read, never written."""
        doc = self.delivered.with_user(self.user_secretary)
        self.assertTrue(doc.summary)
        self.assertFalse(doc.has_access("write"), "the member rule grants reading only")
        for vals in ({"summary": "x"}, {"body": "<p>x</p>"}, {"place": "x"}):
            with self.assertUnchanged(self.delivered), self.assertRaises(REFUSED):
                doc.write(vals)

    def test_public_methods_check_the_caller(self):
        """Every public method checks the group and the access before sudo."""
        doc = self.committee_approved
        methods = (
            "action_submit",
            "action_approve",
            "action_sign",
            "action_issue",
            "action_reset_draft",
            "action_cancel",
            "action_sign_digital",
            "action_verify_signature",
            "action_assign",
            "action_start",
            "action_done",
            "action_regenerate_access_token",
            "action_open_correction",
        )
        for user in (self.user_plain, self.user_member, self.user_secretary):
            for method in methods:
                with self.assertUnchanged(doc), self.assertRaises(REFUSED):
                    getattr(doc.with_user(user), method)()
        delivery = self.delivered.sudo().delivery_ids
        with self.assertRaises(AccessError):
            delivery.with_user(self.user_deputy).action_open_document()

    def test_certificate_secrets_out_of_the_orm(self):
        """M6: neither the office nor the party administrator reads the key or its password."""
        admin = self._user("party_admin", "party_org.group_party_admin", self.company)
        cert = self.env["party.signing.certificate"].search(
            [("organization_id", "=", self.committee.id)]
        )
        for user in (self.user_office, admin):
            with self.assertRaises(AccessError):
                cert.with_user(user).read(["pkcs12_file"])
            with self.assertRaises(AccessError):
                cert.with_user(user).read(["password_encrypted"])
            self.assertFalse(cert.with_user(user).password_input)
        with self.assertRaises(AccessError):
            cert.with_user(admin).write({"password_encrypted": "x"})
        # The party administrator still uploads a certificate, write-only.
        uploaded = (
            self.env["party.signing.certificate"]
            .with_user(admin)
            .create(
                {
                    "organization_id": self.cell_1.id,
                    "pkcs12_upload": base64.b64encode(
                        make_self_signed_pkcs12("Chi bo 1", "mat-khau-1")
                    ),
                    "password_input": "mat-khau-1",
                }
            )
        )
        self.assertEqual(uploaded.subject, "Chi bo 1")
        self.assertTrue(uploaded.has_password)
        self.assertFalse(uploaded.pkcs12_upload)

    def test_secret_document_activities_and_notifications(self):
        """M8: activities and notifications of a secret document reach only its readers."""
        secret = self.secret.with_user(self.user_deputy)
        with self.assertUnchanged(self.secret), self.assertRaises(ValidationError):
            secret.write({"handler_id": self.user_secretary.id})
        with self.assertRaises(UserError):
            secret.activity_schedule(
                "mail.mail_activity_data_todo", user_id=self.user_secretary.id
            )
        with self.assertRaises(UserError):
            secret.message_notify(
                partner_ids=self.user_secretary.partner_id.ids, body="Mật"
            )
        secret.write({"handler_id": self.user_deputy.id, "deadline": "2025-01-01"})
        secret.action_assign()
        self.Document._cron_incoming_overdue()
        activities = self.env["mail.activity"].search(
            [("res_model", "=", "party.document"), ("res_id", "=", self.secret.id)]
        )
        self.assertEqual(len(activities), 2)
        for activity in activities:
            self.assertNotIn("9-CV", activity.summary + activity.res_name)
            self.assertNotIn("nhân sự", activity.summary + activity.res_name)
        # Out of the audience (with a new handler): no activity left.
        self.secret.write(
            {
                "audience_user_ids": [(6, 0, self.user_assigned.ids)],
                "handler_id": self.user_assigned.id,
            }
        )
        self.assertFalse(
            self.env["mail.activity"]
            .with_user(self.user_deputy)
            .search([("user_id", "=", self.user_deputy.id)])
        )


@tagged("post_install", "-at_install")
class TestDocumentRpc(RedTeamMixin, HttpCase, DocsRedTeamCase):
    """The same exploits over JSON-RPC with a real session."""

    def test_rpc_forgery_refused(self):
        """C3 over RPC: re-parent, approve by write, sign with the committee's certificate."""
        doc = self._draft(self.user_secretary)
        with self.assertUnchanged(doc | self.committee_approved):
            self.assertRefusedRpc(
                self.user_secretary,
                "party.document",
                "write",
                [doc.ids, {"organization_id": self.committee.id, "state": "approved"}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.document",
                "write",
                [doc.ids, {"organization_id": self.committee.id}],
            )
            self.assertRefusedRpc(
                self.user_assigned,
                "party.document",
                "action_sign_digital",
                [self.committee_approved.ids],
            )
        self.call_kw(self.user_secretary, "party.document", "action_submit", [doc.ids])
        self.assertRefusedRpc(
            self.user_secretary, "party.document", "action_approve", [doc.ids]
        )
        self.call_kw(self.user_deputy, "party.document", "action_approve", [doc.ids])
        self.call_kw(
            self.user_secretary, "party.document", "action_sign_digital", [doc.ids]
        )
        self.call_kw(self.user_secretary, "party.document", "action_issue", [doc.ids])
        self.env.invalidate_all()
        self.assertEqual((doc.state, doc.signature_state), ("issued", "signed"))

    def test_rpc_signed_and_settled_refused(self):
        """H3, H1, M4, M6 and settled documents over RPC, whatever the context."""
        doc = self._approved()
        doc.action_sign_digital()
        fake = base64.b64encode(make_pdf("Gia mao")).decode()
        with self.assertUnchanged(doc | self.delivered):
            self.assertRefusedRpc(
                self.user_office,
                "party.document",
                "write",
                [doc.ids, {"signed_file": fake, "signed_hash": "0" * 64}],
                context={"party_signing": True},
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.document",
                "write",
                [self.delivered.ids, {"summary": "Sửa"}],
            )
            self.assertRefusedRpc(
                self.user_office,
                "party.document",
                "write",
                [self.delivered.ids, {"summary": "Sửa", "date": "2026-01-01"}],
            )
            self.assertRefusedRpc(
                self.user_office,
                "party.document",
                "write",
                [doc.ids, {"access_token": self.delivered.sudo().access_token}],
            )
            self.assertRefusedRpc(
                self.user_secretary,
                "party.document",
                "action_regenerate_access_token",
                [self.delivered.ids],
            )
        cert = self.env["party.signing.certificate"].search(
            [("organization_id", "=", self.committee.id)]
        )
        for field in ("password_encrypted", "pkcs12_file"):
            self.assertRefusedRpc(
                self.user_office,
                "party.signing.certificate",
                "read",
                [cert.ids, [field]],
            )

    def test_rpc_secret_activity_refused(self):
        """M8 over RPC: no activity of a secret document for someone outside its audience."""
        with self.assertUnchanged(self.secret):
            self.assertRefusedRpc(
                self.user_deputy,
                "party.document",
                "activity_schedule",
                [self.secret.ids, "mail.mail_activity_data_todo"],
                user_id=self.user_secretary.id,
            )
            self.assertRefusedRpc(
                self.user_deputy,
                "party.document",
                "message_notify",
                [self.secret.ids],
                partner_ids=self.user_secretary.partner_id.ids,
                body="Mật",
            )
        self.assertFalse(
            self.env["mail.activity"].search([("res_id", "=", self.secret.id)])
        )
