# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Batch printing of party cards into one PDF (reportlab, not QWeb)."""

import base64

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_card import VALID_CARD_STATES
from ..report.card_pdf import CardData, qr_mask, render_sheets, render_single

LAYOUTS = [
    ("sheet", "A4 Sheets (10 cards a page, crop marks)"),
    ("single", "One Card a Page (card printer)"),
]
DATE_FORMAT = "%d/%m/%Y"


class PartyCardPrint(models.TransientModel):
    _name = "party.card.print"
    _description = "Print Party Cards"

    organization_id = fields.Many2one(
        "party.organization",
        string="Organisation",
        help="Print the valid cards of this organisation's subtree.",
    )
    card_ids = fields.Many2many("party.card", string="Cards")
    layout = fields.Selection(LAYOUTS, required=True, default="sheet")

    def _get_cards(self):
        self.ensure_one()
        cards = self.card_ids
        if not cards and self.organization_id:
            cards = self.env["party.card"].search(
                [
                    ("organization_id", "child_of", self.organization_id.ids),
                    ("state", "in", VALID_CARD_STATES),
                ],
                order="organization_id, id",
            )
        if not cards:
            raise UserError(self.env._("No card to print. / Không có thẻ nào để in."))
        return cards

    def action_print(self):
        cards = self._get_cards()
        data = self._prepare_card_data(cards)
        render = render_sheets if self.layout == "sheet" else render_single
        return self._download("the-dang-vien.pdf", render(data), "application/pdf")

    @api.model
    def _prepare_card_data(self, cards):
        """``CardData`` of ``cards`` in order, with one read of the members."""
        cards.check_access("read")
        cards = cards.sudo()
        cards.fetch(
            [
                "member_id",
                "number",
                "issue_date",
                "issuer_name",
                "access_token",
                "qr_url",
                "qr_mask",
            ]
        )
        members = cards.member_id
        members.fetch(
            [
                "name",
                "birth_date",
                "admission_decision_date",
                "official_date",
                "image_256",
            ]
        )
        base = self.get_base_url()

        def fmt(day):
            return day.strftime(DATE_FORMAT) if day else ""

        return [
            CardData(
                name=(card.member_id.name or "").upper(),
                birth_date=fmt(card.member_id.birth_date),
                admission_date=fmt(card.member_id.admission_decision_date),
                official_date=fmt(card.member_id.official_date),
                number=card.number,
                issuer=card.issuer_name or "",
                issue_date=fmt(card.issue_date),
                qr=card.qr_mask
                if card.qr_url == f"{base}{card._verify_path()}"
                else qr_mask(f"{base}{card._verify_path()}"),
                photo=base64.b64decode(card.member_id.image_256)
                if card.member_id.image_256
                else None,
            )
            for card in cards
        ]

    @api.model
    def _download(self, filename, content, mimetype):
        """Store ``content`` as a private attachment and download it."""
        attachment = self.env["ir.attachment"].create(
            {
                "name": filename,
                "raw": content,
                "mimetype": mimetype,
                "res_model": self._name,
                "public": False,
            }
        )
        return {
            "type": "ir.actions.act_url",
            "url": f"/web/content/{attachment.id}?download=true",
            "target": "self",
        }
