# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.document: the QR code of an issued non-secret document, opening
``/party/doc/<access_token>`` (token and image from ``party.token.mixin``)."""

from odoo import fields, models
from odoo.exceptions import UserError

OFFICE_GROUP = "party_org.group_party_office"


class PartyDocumentQrMixin(models.AbstractModel):
    _name = "party.document.qr.mixin"
    _description = "Party document: QR code of an issued document"
    _inherit = ["party.token.mixin"]
    _party_token_field = "access_token"

    access_token = fields.Char(
        copy=False, readonly=True, index="btree_not_null", groups="base.group_user"
    )
    qr_url = fields.Char(string="QR Link", compute="_compute_qr")
    qr_image = fields.Binary(string="QR Code", compute="_compute_qr")

    _sql_constraints = [
        (
            "access_token_uniq",
            "unique(access_token)",
            "Each document has its own QR code.",
        ),
    ]

    def _compute_qr(self):
        for doc in self:
            if doc.access_token and not doc.is_secret:
                doc.qr_url = doc._party_token_url()
                doc.qr_image = doc._party_qr_png(doc.qr_url)
            else:
                doc.qr_url = False
                doc.qr_image = False

    def _ensure_access_token(self):
        """Give issued non-secret documents the token of their QR code."""
        if self.filtered("is_secret"):
            raise self._secret_error(self.env._("QR code"))
        self.filtered(lambda d: not d.access_token)._party_set_token()

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
        self._party_set_token()

    def _party_token_path(self, token):
        return f"/party/doc/{token}"

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
