# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Digital signatures of non-secret documents (never of secret ones)."""

import base64

from odoo import fields, models
from odoo.exceptions import UserError

from ..engine.pdf_signature import sha256, sign_pdf, verify_pdf

SIGNATURE_STATES = [("unsigned", "Not Signed"), ("signed", "Digitally Signed")]
VERIFICATION = [
    ("not_checked", "Not Checked"),
    ("unsigned", "No Signature"),
    ("valid", "Valid"),
    ("invalid", "Invalid"),
    ("modified", "Modified after Signing"),
]
# Frozen once the PDF is signed, for everyone (superuser code included): the
# signing write happens once, inside action_sign_digital, on an unsigned
# document.
SIGNATURE_FIELDS = frozenset(
    {
        "main_file",
        "signed_file",
        "signed_filename",
        "signed_hash",
        "signature_state",
        "signing_certificate_id",
    }
)
SECRETARY_GROUP = "party_org.group_party_secretary"


class PartyDocument(models.Model):
    _inherit = "party.document"

    signature_state = fields.Selection(
        SIGNATURE_STATES, default="unsigned", readonly=True, copy=False, tracking=True
    )
    signed_file = fields.Binary(
        string="Signed PDF", attachment=True, readonly=True, copy=False
    )
    signed_filename = fields.Char(readonly=True, copy=False)
    signed_hash = fields.Char(
        string="SHA-256 of the Signed PDF", readonly=True, copy=False
    )
    signing_certificate_id = fields.Many2one(
        "party.signing.certificate", readonly=True, copy=False
    )
    verification_state = fields.Selection(
        VERIFICATION, default="not_checked", readonly=True, copy=False, tracking=True
    )
    verification_details = fields.Text(readonly=True, copy=False)

    def write(self, vals):
        if SIGNATURE_FIELDS & set(vals) and self.filtered(
            lambda d: d.signature_state == "signed"
        ):
            raise UserError(
                self.env._(
                    "A digitally signed PDF is immutable. / "
                    "Văn bản đã ký số không được sửa đổi."
                )
            )
        return super().write(vals)

    def action_sign_digital(self):
        """Sign the main PDF with the organisation's certificate, with a
        visible stamp, then mark the document signed. Only the signer roles
        of the issuing organisation, or the party office, use its
        certificate (see party_document_workflow)."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_signer()
        self._check_transition(["approved"], ("outgoing", "internal"))
        for doc in self:
            if doc.is_secret:
                raise doc._secret_error(self.env._("digital signature"))
            if not doc.main_file:
                raise UserError(
                    self.env._(
                        "Attach the main PDF first. / Hãy đính kèm tệp PDF chính trước."
                    )
                )
            certificate = (
                self.env["party.signing.certificate"]
                .sudo()
                .search(
                    [
                        ("organization_id", "=", doc.organization_id.id),
                        ("date_expiry", ">=", fields.Date.context_today(self)),
                    ],
                    order="date_expiry desc",
                    limit=1,
                )
            )
            if not certificate:
                raise UserError(
                    self.env._(
                        "%(org)s has no valid signing certificate. / "
                        "%(org)s chưa có chứng thư số còn hiệu lực.",
                        org=doc.organization_id.name,
                    )
                )
            data, password = certificate._get_signing_material()
            signed = sign_pdf(
                base64.b64decode(doc.main_file),
                data,
                password,
                [
                    doc.organization_id.name,
                    doc.signer_title or "",
                    doc.signer_name or "",
                ],
            )
            stem = (doc.main_filename or "document.pdf").rsplit(".", 1)[0]
            doc.sudo().write(
                {
                    "signed_file": base64.b64encode(signed),
                    "signed_filename": f"{stem}-signed.pdf",
                    "signed_hash": sha256(signed),
                    "signing_certificate_id": certificate.id,
                    "signature_state": "signed",
                    "state": "signed",
                }
            )

    def action_verify_signature(self):
        """Verify the signatures of the main PDF (e.g. of an incoming document)."""
        self._party_check_action("write", SECRETARY_GROUP)
        for doc in self:
            pdf = doc.signed_file or doc.main_file
            if not pdf:
                raise UserError(
                    self.env._(
                        "Attach the main PDF first. / Hãy đính kèm tệp PDF chính trước."
                    )
                )
            status, details = verify_pdf(base64.b64decode(pdf))
            if doc.signed_hash and sha256(base64.b64decode(pdf)) != doc.signed_hash:
                status = "modified"
            doc.sudo().write(
                {"verification_state": status, "verification_details": details}
            )
