# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The one way a party record gets a secret URL token and its QR code.

A party card, an issued document and a meeting's check-in each open a page
by a token printed as a QR code. The token is unguessable, set by the server
only (never written by a client) and renewed when a printed copy must stop
working. Each model keeps its own token field (``_party_token_field``: its
name, groups and index are the model's) and route (``_party_token_path``);
this mixin makes the tokens, the URLs and the QR images.
"""

import base64
import io
import secrets

import qrcode

from odoo import api, models

# 32 URL-safe characters, 192 bits.
TOKEN_BYTES = 24


class PartyTokenMixin(models.AbstractModel):
    _name = "party.token.mixin"
    _description = "Party record opened by a secret URL token and its QR code"

    # The Char field that holds the token (to set in the inheriting model).
    _party_token_field = "access_token"

    @api.model
    def _party_new_token(self):
        """A new unguessable URL-safe token (32 characters, 192 bits)."""
        return secrets.token_urlsafe(TOKEN_BYTES)

    def _party_set_token(self):
        """Give these records a new token: the QR codes printed with the old
        one stop working. The caller has checked who may do it."""
        field = self._party_token_field
        for record in self.sudo():
            record[field] = self._party_new_token()

    def _party_token_path(self, token):
        """The path of the public page that ``token`` opens, e.g.
        ``/party/card/verify/<token>``. To override."""
        raise NotImplementedError()

    def _party_token_url(self):
        """The public URL of this record's token (False without one)."""
        self.ensure_one()
        token = self.sudo()[self._party_token_field]
        if not token:
            return False
        return f"{self.get_base_url()}{self._party_token_path(token)}"

    @api.model
    def _party_qr_png(self, text, box_size=6, border=2):
        """A base64 PNG of a QR code for ``text`` (medium error correction)."""
        image = qrcode.make(text, box_size=box_size, border=border)
        buffer = io.BytesIO()
        image.save(buffer, format="PNG")
        return base64.b64encode(buffer.getvalue())
