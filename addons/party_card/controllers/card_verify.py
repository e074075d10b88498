# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Public verification page of a party card, reached from its QR code.

Privacy (Luật Bảo vệ dữ liệu cá nhân 91/2025/QH15): the page says only
whether the card is valid and, for a valid card, shows the holder's name
and photo. Nothing else leaves the database: no number, birth date or
organisation, and for an invalid, revoked or unknown token not even a name.
"""

import re

from odoo import http
from odoo.http import request
from odoo.tools.image import image_data_uri

TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]{20,64}$")


class PartyCardVerify(http.Controller):
    @http.route(
        "/party/card/verify/<string:token>",
        type="http",
        auth="public",
        methods=["GET"],
        sitemap=False,
        readonly=True,
    )
    def verify(self, token, **_kwargs):
        values = {"valid": False, "name": False, "photo": False}
        card = request.env["party.card"]
        if TOKEN_RE.match(token or ""):
            card = card.sudo().search([("access_token", "=", token)], limit=1)
        if card and card._is_valid():
            member = card.member_id
            values.update(
                valid=True,
                name=member.name,
                photo=member.image_256 and image_data_uri(member.image_256) or False,
            )
        response = request.render("party_card.party_card_verify_page", values)
        response.headers["Cache-Control"] = "no-store"
        response.headers["X-Robots-Tag"] = "noindex, nofollow"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response
