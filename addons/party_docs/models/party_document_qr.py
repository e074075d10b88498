# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
import base64
import io
import secrets

import qrcode

from odoo import fields, models
from odoo.exceptions import UserError

OFFICE_GROUP = "party_org.group_party_office"


def make_qr_png(text):
    """Return a base64 PNG of a QR code for ``text``."""
    image = qrcode.make(text, box_size=6, border=2)
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue())


class PartyDocument(models.Model):
    _inherit = "party.document"

    access_token = fields.Char(
        copy=False, readonly=True, index="btree_not_null", groups="base.group_user"
    )
    qr_url = fields.Char(string="QR Link", compute="_compute_qr")
    qr_image = fields.Binary(string="QR Code", compute="_compute_qr")

    _sql_constraints = [
        (
            "access_token_uniq",
            "unique(access_token)",
            "Each document has its own QR code. / Mỗi văn bản có mã QR riêng.",
        ),
    ]

    def _compute_qr(self):
        base_url = self.get_base_url()
        for doc in self:
            if doc.access_token and not doc.is_secret:
                doc.qr_url = f"{base_url}/party/doc/{doc.access_token}"
                doc.qr_image = make_qr_png(doc.qr_url)
            else:
                doc.qr_url = False
                doc.qr_image = False

    def _ensure_access_token(self):
        """Give issued non-secret documents the token of their QR code."""
        if self.filtered("is_secret"):
            raise self._secret_error(self.env._("QR code"))
        for doc in self.filtered(lambda d: not d.access_token):
            doc.sudo().access_token = secrets.token_urlsafe(24)

    def action_regenerate_access_token(self):
        """Give issued documents a new QR token (the printed QR codes stop
        working): the party office only."""
        self._party_check_action("write", OFFICE_GROUP)
        if self.filtered(lambda d: d.state != "issued"):
            raise UserError(
                self.env._("Only an issued document has a QR code to renew.")
            )
        if self.filtered("is_secret"):
            raise self._secret_error(self.env._("QR code"))
        for doc in self:
            doc.sudo().access_token = secrets.token_urlsafe(24)

    def _get_by_qr_token(self, token, user):
        """Return the document of a QR token if ``user`` may open it:
        an issued non-secret document delivered to them or readable by them."""
        doc = self.sudo().search(
            [
                ("access_token", "=", token),
                ("secrecy", "=", "normal"),
                ("state", "=", "issued"),
            ],
            limit=1,
        )
        if not token or not doc:
            return None, "not_found"
        is_recipient = (
            self.env["party.document.delivery"]
            .sudo()
            .search_count(
                [("document_id", "=", doc.id), ("user_id", "=", user.id)], limit=1
            )
        )
        if not is_recipient and not doc.with_user(user).has_access("read"):
            return None, "forbidden"
        return doc, "ok"
