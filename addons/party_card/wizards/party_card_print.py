# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Batch printing of party cards into one PDF (reportlab, not QWeb)."""

import base64

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_card import (
    CARD_MEMBER_STATES,
    CARD_MEMBER_STATES_IF_OFFICIAL,
    PARTY_SECRETARY,
    VALID_CARD_STATES,
)
from ..report.card_pdf import CardData, qr_mask, render_sheets, render_single

LAYOUTS = [
    ("sheet", "A4 Sheets (10 cards a page, crop marks)"),
    ("single", "One Card a Page (card printer)"),
]
CARD_REPORTS = {
    "sheet": "party_card.party_card_sheet_report",
    "single": "party_card.party_card_single_report",
}
DATE_FORMAT = "%d/%m/%Y"
CARD_HOLDER_STATES = CARD_MEMBER_STATES + CARD_MEMBER_STATES_IF_OFFICIAL
# Above this many cards the PDF is made by a background job (party.job, kind
# "card_print"), batch by batch, and attached to the job; the system parameter
# party_org.job_threshold.card_print overrides it. 1,000 cards take about a
# second (README, cards_print).
PRINT_JOB_KIND = "card_print"
PRINT_JOB_THRESHOLD = 2000


class PartyCardPrint(models.TransientModel):
    _name = "party.card.print"
    _description = "Print Party Cards"
    _inherit = ["party.protected.mixin"]

    organization_id = fields.Many2one(
        "party.organization",
        string="Organisation",
        help="Print the valid cards of this organisation's subtree.",
    )
    card_ids = fields.Many2many("party.card", string="Cards")
    layout = fields.Selection(LAYOUTS, required=True, default="sheet")

    @api.constrains("card_ids", "organization_id")
    def _check_cards_in_charge(self):
        """Only cards the user may handle, of an organisation they see."""
        if not self.env.su:
            self.card_ids.check_access("write")
            self.organization_id.check_access("read")

    def _get_cards(self):
        """The cards to print: valid cards of official members still in the
        Party and in the organisation's charge (not removed, expelled, left,
        deceased or transferred out)."""
        self.ensure_one()
        cards = self.card_ids
        if not cards and self.organization_id:
            cards = self.env["party.card"].search(
                [
                    ("organization_id", "child_of", self.organization_id.ids),
                    ("state", "in", VALID_CARD_STATES),
                    ("member_id.state", "in", CARD_HOLDER_STATES),
                ],
                order="organization_id, id",
            )
        cards = cards.filtered(lambda card: card.sudo()._is_printable())
        if not cards:
            raise UserError(self.env._("No card to print."))
        return cards

    def action_print(self):
        """The cards as one PDF: the report of the chosen layout (reportlab,
        streamed, never stored), which checks and logs again."""
        self.ensure_one()
        self._party_check_action("write", PARTY_SECRETARY)
        cards = self._get_cards()
        cards._party_check_action("write", PARTY_SECRETARY)
        if self.env["party.job"]._party_job_in_background(
            PRINT_JOB_KIND, len(cards), PRINT_JOB_THRESHOLD
        ):
            return self._enqueue_print(cards)
        return self.env.ref(CARD_REPORTS[self.layout]).report_action(
            cards, config=False
        )

    def _enqueue_print(self, cards):
        """Print ``cards`` (checked) in the background: the PDF goes to the
        chatter of the organisation (else of the job) and to the user."""
        self.ensure_one()
        # The job runs in one company: the cards' (an organisation's subtree).
        company = cards.company_id[:1] or self.env.company
        job = (
            self.env["party.job"]
            .with_company(company)
            ._enqueue(
                "card_print",
                self.env._("Printing of %(count)s party cards", count=len(cards)),
                {"card_ids": cards.ids, "layout": self.layout},
                len(cards),
                record=self.organization_id or None,
            )
        )
        return job._notify_started_action()

    @api.model
    def _render_cards(self, cards, layout="sheet"):
        """PDF bytes of the printable ``cards`` (report ``CARD_REPORTS``):
        cards in the user's charge only, each holder logged as printed."""
        cards._party_check_action("write", PARTY_SECRETARY)
        cards = cards.filtered(lambda card: card.sudo()._is_printable())
        if not cards:
            raise UserError(self.env._("No card to print."))
        data = self._prepare_card_data(cards)
        self.env["party.member.access.log"]._log(
            cards.member_id, "print", ["party card"]
        )
        render = render_sheets if layout == "sheet" else render_single
        return render(data)

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
                if card.qr_url == card._party_token_url()
                else qr_mask(card._party_token_url()),
                photo=base64.b64decode(card.member_id.image_256)
                if card.member_id.image_256
                else None,
            )
            for card in cards
        ]
