# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Digital signatures of non-secret documents (never of secret ones).

Signing numbers first: "Sign Digitally" on an approved document checks the
elements required by Hướng dẫn 36-HD/VPTW, takes the register number and the
date, renders the official PDF (report ``party_docs.report_party_document``,
followed by the pages of the main PDF when the body is in that file), and
signs that final PDF with the organisation's certificate. The signed file
therefore carries "Số 12-NQ/ĐU" and the date; issuing then delivers it.
"""

import base64
import logging

from odoo import fields, models
from odoo.exceptions import UserError
from odoo.tools.pdf import merge_pdf

from odoo.addons.party_org.tools.print_format import PrintFormat

from ..engine.pdf_signature import (
    make_signer,
    public_certificate_der,
    sha256,
    sign_pdf,
    verify_pdf,
)
from ..engine.pdf_split import split_at_markers
from ..report.document_format import issuing_body, number_line

_logger = logging.getLogger(__name__)

SIGNATURE_STATES = [("unsigned", "Not Signed"), ("signed", "Digitally Signed")]
VERIFICATION = [
    ("not_checked", "Not Checked"),
    ("unsigned", "No Signature"),
    ("valid", "Valid"),
    ("untrusted", "Intact, Certificate Not Trusted"),
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
# Printed in the signed PDF (with the approved content, see
# party_document_lock): frozen once the document is signed digitally.
PRINTED_FIELDS = frozenset(
    {
        "date",
        "place",
        "urgency",
        "number",
        "term_id",
        "recipient_organization_ids",
        "recipient_external",
    }
)
SECRETARY_GROUP = "party_org.group_party_secretary"
DOCUMENT_REPORT = "party_docs.report_party_document"
# The stamp is part of the official text: Vietnamese whatever the user's language.
STAMP_SIGNED_BY = "Ký số bởi: {org}"
STAMP_TIME = "Thời gian ký: {time} (GMT{offset})"


class PartyDocumentSignatureMixin(models.AbstractModel):
    _name = "party.document.signature.mixin"
    _description = "Party document: digital signature of the official PDF"

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
            raise UserError(self.env._("A digitally signed PDF is immutable."))
        signed = self.filtered(lambda d: d.signature_state == "signed")
        if PRINTED_FIELDS & set(vals) and signed:
            raise UserError(
                self.env._(
                    "%(doc)s is signed digitally: its date, place, urgency, number "
                    "and recipients are printed in the signed PDF and cannot change.",
                    doc=signed[0].display_name,
                )
            )
        return super().write(vals)

    def action_sign_digital(self):
        """Number, render and sign in one step: the register number and
        date are taken first, then the official PDF is rendered and signed
        with the organisation's certificate and a visible stamp. Only the
        signer roles of the issuing organisation, or the party office, use
        its certificate (see party_document_workflow)."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_signer()
        self._check_transition(["approved"], ("outgoing", "internal"))
        secret = self.filtered("is_secret")
        if secret:
            raise secret[0]._secret_error(self.env._("digital signature"))
        self._check_required_elements()
        certificates = self._signing_certificates()
        self._check_numbering_terms()
        self._take_outgoing_numbers()
        pdfs = self._render_official_pdfs()
        signers = {}
        for doc in self:
            certificate = certificates[doc.organization_id.id]
            if certificate not in signers:
                signers[certificate] = make_signer(*certificate._get_signing_material())
            signed = sign_pdf(
                pdfs[doc.id],
                None,
                None,
                doc._stamp_lines(),
                signer=signers[certificate],
            )
            stem = (doc.number_symbol or "van-ban").replace("/", "-")
            doc.sudo().write(
                {
                    "signed_file": base64.b64encode(signed),
                    "signed_filename": f"{stem}-ky-so.pdf",
                    "signed_hash": sha256(signed),
                    "signing_certificate_id": certificate.id,
                    "signature_state": "signed",
                    "state": "signed",
                }
            )

    def action_verify_signature(self):
        """Verify the signatures of the signed or main PDF (e.g. of an
        incoming document). The certificates registered for the
        organisations of the company are the trusted ones."""
        self._party_check_action("write", SECRETARY_GROUP)
        trust_roots = self._trusted_certificates()
        labels = dict(
            self._fields["verification_state"]._description_selection(self.env)
        )
        for doc in self:
            pdf = doc.signed_file or doc.main_file
            if not pdf:
                raise UserError(self.env._("Attach the main PDF first."))
            status, details = verify_pdf(base64.b64decode(pdf), trust_roots)
            if doc.signed_hash and sha256(base64.b64decode(pdf)) != doc.signed_hash:
                status = "modified"
            # The outcome in the user's language first, pyHanko's details after.
            doc.sudo().write(
                {
                    "verification_state": status,
                    "verification_details": f"{labels[status]}\n{details}",
                }
            )

    def _signing_certificates(self):
        """Map issuing organisation id → its valid certificate, the one
        expiring last; refuse when an organisation has none."""
        Certificate = self.env["party.signing.certificate"].sudo()
        found = Certificate.search(
            [
                ("organization_id", "in", self.organization_id.ids),
                ("date_expiry", ">=", fields.Date.context_today(self)),
            ],
            order="date_expiry desc",
        )
        by_org = {}
        for certificate in found:
            by_org.setdefault(certificate.organization_id.id, certificate)
        missing = self.organization_id.filtered(lambda o: o.id not in by_org)
        if missing:
            raise UserError(
                self.env._(
                    "%(org)s has no valid signing certificate.",
                    org=missing[0].name,
                )
            )
        return by_org

    def _trusted_certificates(self):
        """DER certificates of the organisations' registered certificates."""
        certificates = (
            self.env["party.signing.certificate"]
            .sudo()
            .search([("company_id", "in", self.company_id.ids)])
        )
        roots = []
        for certificate in certificates:
            data, password = certificate._get_signing_material()
            try:
                roots.append(public_certificate_der(data, password))
            except ValueError:
                _logger.info("Certificate %s cannot be read", certificate.id)
        return roots

    def _render_official_pdfs(self):
        """Map document id → the PDF to sign. Several documents are rendered
        in one wkhtmltopdf run and cut back at each one's "Số ..." line
        (they are numbered by now); one at a time when that cut is not
        certain."""
        if len(self) > 1:
            pdf, kind = self.env["ir.actions.report"]._render_qweb_pdf(
                DOCUMENT_REPORT, self.ids
            )
            parts = None
            if kind == "pdf" and pdf.startswith(b"%PDF"):
                parts = split_at_markers(
                    pdf,
                    [
                        number_line(d.number_symbol, d.type_id.abbreviation, "")
                        for d in self
                    ],
                )
            if parts:
                return {
                    doc.id: doc._append_main_file(part)
                    for doc, part in zip(self, parts, strict=True)
                }
        return {doc.id: doc._render_official_pdf() for doc in self}

    def _append_main_file(self, pdf):
        """The official pages, then the main PDF when the body is in it."""
        self.ensure_one()
        if self.main_file and not self._has_body():
            return merge_pdf([pdf, base64.b64decode(self.main_file)])
        return pdf

    def _render_official_pdf(self):
        """The PDF that is signed: the document in the format of Hướng dẫn
        36-HD/VPTW, followed by the main PDF when the body is in that file.

        Odoo's test mode renders reports as HTML unless the context has
        ``force_report_rendering``; then the main PDF alone is signed."""
        self.ensure_one()
        pdf, kind = self.env["ir.actions.report"]._render_qweb_pdf(
            DOCUMENT_REPORT, self.ids
        )
        if kind != "pdf" or not pdf.startswith(b"%PDF"):
            if not self.main_file:
                raise UserError(self.env._("The document could not be printed."))
            return base64.b64decode(self.main_file)
        return self._append_main_file(pdf)

    def _stamp_lines(self):
        """The visible stamp: issuer, signer's title and name, and the
        signing time in the company's time zone (Vietnamese, full diacritics)."""
        self.ensure_one()
        fmt = PrintFormat(self.company_id._party_tz())
        now = fmt.now()
        offset = now.strftime("%z")
        return [
            STAMP_SIGNED_BY.format(
                org=issuing_body(
                    self.organization_id.name, self.organization_id.org_type
                )
            ),
            " ".join(filter(None, (self.signer_title, self.signer_name))),
            STAMP_TIME.format(
                time=f"{now:%H:%M, %d/%m/%Y}", offset=f"{offset[:3]}:{offset[3:]}"
            ),
        ]
