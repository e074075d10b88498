# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""PKCS#12 certificates of the organisations.

The password is never stored in clear: it is encrypted with a key kept
outside the database (the ``party_signing_key`` option of odoo.conf, or else
the file ``<data_dir>/filestore/party_signing.key``, created 0600), so
neither the ORM nor a database backup yields it. Only the signing code
decrypts it. The key file itself is to be backed up apart from the database.
The PKCS#12 file is uploaded by the party administrator through a
write-only field and read back only by users who are both party
administrators (access rights) and Settings administrators (field groups).
"""

import base64
import os

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError
from odoo.tools import config

from ..engine.pdf_signature import certificate_info
from ..engine.secret_box import (
    decrypt,
    encrypt,
    secret_box_from_key_file,
    secret_box_from_passphrase,
)

KEY_OPTION = "party_signing_key"
KEY_FILE = "party_signing.key"


class PartySigningCertificate(models.Model):
    _name = "party.signing.certificate"
    _description = "Party Signing Certificate"
    _inherit = ["party.protected.mixin"]
    _order = "organization_id, date_expiry desc"
    _check_company_auto = True

    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        index=True,
        check_company=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="organization_id.company_id", store=True)
    active = fields.Boolean(default=True)
    pkcs12_file = fields.Binary(
        string="PKCS#12 File",
        attachment=True,
        copy=False,
        groups="base.group_system",
    )
    pkcs12_upload = fields.Binary(
        string="Upload PKCS#12 File",
        compute="_compute_pkcs12_upload",
        inverse="_inverse_pkcs12_upload",
        help="Written once; the file is never shown again.",
    )
    pkcs12_filename = fields.Char()
    password_input = fields.Char(
        string="Password",
        compute="_compute_password_input",
        inverse="_inverse_password_input",
        help="Written once; it is never shown again.",
    )
    password_encrypted = fields.Char(
        readonly=True,
        copy=False,
        groups="base.group_system",
        help="The password encrypted with a key kept outside the database.",
    )
    has_password = fields.Boolean(compute="_compute_has_password")
    subject = fields.Char(readonly=True)
    serial = fields.Char(readonly=True)
    date_start = fields.Date(string="Valid From", readonly=True)
    date_expiry = fields.Date(string="Valid Until", readonly=True)

    def _compute_pkcs12_upload(self):
        self.pkcs12_upload = False

    def _inverse_pkcs12_upload(self):
        for cert in self.filtered("pkcs12_upload"):
            cert._store_secret({"pkcs12_file": cert.pkcs12_upload})

    def _compute_password_input(self):
        self.password_input = False

    def _inverse_password_input(self):
        box = self._secret_box()
        for cert in self.filtered("password_input"):
            cert._store_secret(
                {"password_encrypted": encrypt(box, cert.password_input)}
            )

    def _compute_has_password(self):
        for cert in self:
            cert.has_password = bool(cert.sudo().password_encrypted)

    @api.depends("subject", "organization_id")
    def _compute_display_name(self):
        for cert in self:
            cert.display_name = f"{cert.organization_id.name} – {cert.subject or ''}"

    @api.model_create_multi
    def create(self, vals_list):
        certs = super().create(vals_list)
        certs._read_certificate()
        return certs

    def write(self, vals):
        res = super().write(vals)
        if {"pkcs12_file", "pkcs12_upload", "password_input"} & set(vals):
            self._read_certificate()
        return res

    def _store_secret(self, vals):
        """Store what a write-only field received, as superuser and without
        opening the certificate yet: create and write open it once every
        field is stored."""
        return super(PartySigningCertificate, self.sudo()).write(vals)

    def _read_certificate(self):
        """Open the file with its password: refuse a wrong one, record the
        subject and validity."""
        for cert in self.sudo():
            if not cert.pkcs12_file:
                raise ValidationError(
                    self.env._("Upload the PKCS#12 file of the certificate.")
                )
            try:
                info = certificate_info(
                    base64.b64decode(cert.pkcs12_file), cert._get_password()
                )
            except (ValueError, TypeError) as exc:
                raise ValidationError(
                    self.env._("The certificate cannot be opened with this password.")
                ) from exc
            cert.write(
                {
                    "subject": info["subject"],
                    "serial": info["serial"],
                    "date_start": info["not_before"],
                    "date_expiry": info["not_after"],
                }
            )
        # Forget what was typed: it is never read back.
        self.invalidate_recordset(["password_input", "pkcs12_upload"])

    def _get_password(self):
        """The clear password, for the signing code only (never through a
        field)."""
        self.ensure_one()
        token = self.sudo().password_encrypted
        if not token:
            return None
        password = decrypt(self._secret_box(), token)
        if password is None:
            raise UserError(
                self.env._(
                    "The password of certificate %(cert)s cannot be decrypted: the "
                    "signing key of this server changed. Enter the password again.",
                    cert=self.display_name,
                )
            )
        return password

    def _get_signing_material(self):
        """(pkcs12 bytes, password) for the signing code, read as superuser."""
        self.ensure_one()
        return base64.b64decode(self.sudo().pkcs12_file), self._get_password()

    @api.model
    def _secret_box(self):
        """The box of the key kept outside the database (see the module
        docstring)."""
        passphrase = config.get(KEY_OPTION)
        if passphrase:
            return secret_box_from_passphrase(passphrase)
        directory = os.path.dirname(config.filestore(self.env.cr.dbname))
        os.makedirs(directory, exist_ok=True)
        return secret_box_from_key_file(os.path.join(directory, KEY_FILE))
