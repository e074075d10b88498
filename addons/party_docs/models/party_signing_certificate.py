# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64

from odoo import api, fields, models
from odoo.exceptions import ValidationError

from ..engine.pdf_signature import certificate_info


class PartySigningCertificate(models.Model):
    """PKCS#12 certificate of an organisation. Its password is written once
    and never shown again: only the system reads the stored value, and the
    form offers a write-only input."""

    _name = "party.signing.certificate"
    _description = "Party Signing Certificate"
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
        required=True,
        attachment=True,
        groups="party_org.group_party_admin",
    )
    pkcs12_filename = fields.Char()
    password_input = fields.Char(
        string="Password",
        compute="_compute_password_input",
        inverse="_inverse_password_input",
        help="Written once; it is never shown again.",
    )
    password_store = fields.Char(groups="base.group_system", copy=False)
    has_password = fields.Boolean(compute="_compute_has_password")
    subject = fields.Char(readonly=True)
    serial = fields.Char(readonly=True)
    date_start = fields.Date(string="Valid From", readonly=True)
    date_expiry = fields.Date(string="Valid Until", readonly=True)

    def _compute_password_input(self):
        self.password_input = False

    def _inverse_password_input(self):
        for cert in self:
            if cert.password_input:
                cert.sudo().password_store = cert.password_input

    def _compute_has_password(self):
        for cert in self:
            cert.has_password = bool(cert.sudo().password_store)

    @api.model_create_multi
    def create(self, vals_list):
        certs = super().create(vals_list)
        certs._read_certificate()
        return certs

    def write(self, vals):
        res = super().write(vals)
        if {"pkcs12_file", "password_input"} & set(vals):
            self._read_certificate()
        return res

    def _read_certificate(self):
        """Open the file with its password: refuse a wrong one, record the
        subject and validity."""
        for cert in self.sudo():
            try:
                info = certificate_info(
                    base64.b64decode(cert.pkcs12_file), cert.password_store
                )
            except (ValueError, TypeError) as exc:
                raise ValidationError(
                    self.env._(
                        "The certificate cannot be opened with this password. / "
                        "Không mở được chứng thư số với mật khẩu này."
                    )
                ) from exc
            cert.write(
                {
                    "subject": info["subject"],
                    "serial": info["serial"],
                    "date_start": info["not_before"],
                    "date_expiry": info["not_after"],
                }
            )
        # Forget the typed password: it is never read back.
        self.invalidate_recordset(["password_input"])

    @api.depends("subject", "organization_id")
    def _compute_display_name(self):
        for cert in self:
            cert.display_name = f"{cert.organization_id.name} – {cert.subject or ''}"

    def _get_signing_material(self):
        """(pkcs12 bytes, password) for the signing code, read as superuser."""
        self.ensure_one()
        cert = self.sudo()
        return base64.b64decode(cert.pkcs12_file), cert.password_store
