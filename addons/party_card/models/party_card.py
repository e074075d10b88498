# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Thẻ đảng viên (party card): issue, loss, reissue, recovery.

Hướng dẫn 12-HD/BTCTW (2022): cards go to official members only, on the
decision of the committee above the grassroots level; the 8-digit number is
unique nationally. A lost card is reported and a new one reissued; the card
of an expelled or removed member is recovered; the family keeps the card
of a deceased member.

A member holds at most one valid card at a time: a second card is refused,
a reissue replaces a lost card. A card that left the valid states (lost,
recovered, kept by the family) never becomes valid again. A member who
transfers officially to another committee stays a party member (Quy định
294-QĐ/TW): their card stays valid.
"""

import re

from odoo import api, fields, models
from odoo.exceptions import UserError, ValidationError

from ..report.card_pdf import qr_mask

CARD_STATES = [
    ("issued", "Issued"),
    ("lost", "Lost"),
    ("reissued", "Reissued"),
    ("recovered", "Recovered"),
    ("kept_by_family", "Kept by Family"),
]
# A card in one of these states proves membership (the QR page says "valid").
VALID_CARD_STATES = ("issued", "reissued")
# Member states in which a card may be issued: official grade, in the Party.
CARD_MEMBER_STATES = ("official",)
CARD_MEMBER_STATES_IF_OFFICIAL = ("temporarily_transferred", "exempt")
# Member states out of the Party (or of this committee): a card is refused
# because the person is no longer a member here, not "not yet official".
CARD_REFUSED_EXIT_STATES = (
    "transferred_out",
    "removed",
    "expelled",
    "left",
    "deceased",
    "lost_contact",
)
CARD_NUMBER_RE = re.compile(r"^[0-9]{8}$")
PARTY_SECRETARY = "party_org.group_party_secretary"
PARTY_OFFICE = "party_org.group_party_office"


class PartyCard(models.Model):
    _name = "party.card"
    _description = "Party Card"
    _inherit = [
        "mail.thread",
        "mail.activity.mixin",
        "party.protected.mixin",
        "party.token.mixin",
    ]
    _order = "issue_date desc, id desc"
    _rec_name = "number"
    _check_company_auto = True
    # The state changes only through the action buttons; the holder and the
    # QR token never change (a printed QR must keep naming its holder).
    _party_protected_fields = ("state", "state_date", "member_id", "access_token")
    _party_create_fields = ("member_id", "replaced_card_id")

    member_id = fields.Many2one(
        "party.member",
        required=True,
        index=True,
        ondelete="restrict",
        check_company=True,
        tracking=True,
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True, index=True)
    organization_id = fields.Many2one(
        related="member_id.organization_id", store=True, index=True
    )
    number = fields.Char(
        required=True,
        copy=False,
        tracking=True,
        help="Card number: 8 digits, unique nationally (Hướng dẫn 12-HD/BTCTW).",
    )
    e_card_id = fields.Char(
        string="E-Card ID",
        copy=False,
        tracking=True,
        help="Identifier of the electronic party card (national exchange, 2025).",
    )
    issue_date = fields.Date(
        required=True, default=fields.Date.context_today, tracking=True
    )
    decision_id = fields.Many2one(
        "party.decision",
        ondelete="restrict",
        check_company=True,
        tracking=True,
        domain="[('decision_type', '=', 'card')]",
        help="Decision of the committee above the grassroots level.",
    )
    issuer_name = fields.Char(
        string="Issuing Committee",
        help="As printed on the card, e.g. Đảng ủy Khối Doanh nghiệp Trung ương.",
    )
    state = fields.Selection(
        CARD_STATES, required=True, default="issued", tracking=True
    )
    replaced_card_id = fields.Many2one(
        "party.card",
        string="Replaces",
        readonly=True,
        copy=False,
        index="btree_not_null",
        help="The lost card this one was reissued for.",
    )
    replacement_card_id = fields.Many2one(
        "party.card",
        string="Replaced by",
        compute="_compute_replacement_card_id",
    )
    state_date = fields.Date(string="Status Date", tracking=True)
    access_token = fields.Char(
        copy=False,
        default=lambda self: self._party_new_token(),
        groups="party_org.group_party_office",
        help="Secret part of the verification URL printed as a QR code.",
    )
    verify_url = fields.Char(
        string="Verification URL",
        compute="_compute_verify_url",
        groups="party_org.group_party_office",
    )
    qr_url = fields.Char(
        compute="_compute_qr_mask",
        store=True,
        groups="party_org.group_party_office",
        help="The URL encoded in the stored QR code.",
    )
    qr_mask = fields.Char(
        string="QR Code",
        compute="_compute_qr_mask",
        store=True,
        groups="party_org.group_party_office",
        help="The QR code of the verification URL, computed once per token.",
    )
    note = fields.Text()

    _sql_constraints = [
        (
            "number_uniq",
            "unique(number)",
            "This card number is already used: card numbers are unique across all "
            "companies.",
        ),
        (
            "number_format",
            "CHECK(number ~ '^[0-9]{8}$')",
            "A card number is 8 digits.",
        ),
        (
            "e_card_id_uniq",
            "unique(e_card_id)",
            "This e-card ID is already used.",
        ),
        ("access_token_uniq", "unique(access_token)", "Duplicate card token."),
    ]

    def _compute_replacement_card_id(self):
        replacements = self.search([("replaced_card_id", "in", self.ids)])
        by_old = {card.replaced_card_id.id: card for card in replacements}
        for card in self:
            card.replacement_card_id = by_old.get(card.id, False)

    def _compute_verify_url(self):
        for card in self:
            card.verify_url = card._party_token_url()

    @api.depends("access_token")
    def _compute_qr_mask(self):
        for card in self:
            if card.access_token:
                card.qr_url = card._party_token_url()
                card.qr_mask = qr_mask(card.qr_url)
            else:
                card.qr_url = card.qr_mask = False

    @api.constrains("number")
    def _check_number(self):
        for card in self:
            self._check_number_format(card.number)

    @api.model
    def _check_number_format(self, number):
        if not CARD_NUMBER_RE.match(number or ""):
            raise ValidationError(
                self.env._(
                    "The card number %(number)s must be 8 digits.",
                    number=number,
                )
            )

    @api.constrains("member_id", "state")
    def _check_one_valid_card(self):
        """A member holds at most one valid card (Hướng dẫn 12-HD/BTCTW):
        a lost card is reissued, never doubled."""
        valid = self.filtered(lambda card: card.state in VALID_CARD_STATES)
        if not valid:
            return
        groups = self.sudo()._read_group(
            [
                ("member_id", "in", valid.member_id.ids),
                ("state", "in", VALID_CARD_STATES),
            ],
            ["member_id"],
            ["number:array_agg"],
        )
        for member, numbers in groups:
            if len(numbers) > 1:
                raise ValidationError(
                    self.env._(
                        "%(name)s already holds a valid party card (%(numbers)s): a "
                        "member holds one valid card at a time. Report the card lost "
                        "and reissue it instead (Hướng dẫn 12-HD/BTCTW).",
                        name=member.name,
                        numbers=", ".join(sorted(numbers)),
                    )
                )

    @api.constrains("replaced_card_id", "member_id")
    def _check_replaced_card(self):
        for card in self.filtered("replaced_card_id"):
            old = card.replaced_card_id
            taken = self.sudo().search_count(
                [("replaced_card_id", "=", old.id), ("id", "!=", card.id)]
            )
            if old.state != "lost" or old.member_id != card.member_id or taken:
                raise ValidationError(
                    self.env._(
                        "Card %(number)s can only replace a lost card of the same "
                        "member that has no replacement yet.",
                        number=card.number,
                    )
                )

    @api.constrains("member_id")
    def _check_official_member(self):
        for card in self.sudo():
            member = card.member_id
            if member._party_card_allowed():
                continue
            if member.state in CARD_REFUSED_EXIT_STATES:
                states = dict(member._fields["state"]._description_selection(self.env))
                raise ValidationError(
                    self.env._(
                        "%(name)s is no longer a party member of this committee "
                        "(%(state)s): a party card is issued only to an official "
                        "member in the Party (Hướng dẫn 12-HD/BTCTW).",
                        name=member.name,
                        state=states.get(member.state, member.state),
                    )
                )
            raise ValidationError(
                self.env._(
                    "%(name)s is not an official member: only official members "
                    "receive a party card (Hướng dẫn 12-HD/BTCTW).",
                    name=member.name,
                )
            )

    @api.constrains("member_id", "issue_date")
    def _check_issue_date(self):
        """A card goes to an official member: it cannot be issued before the
        member became official (Hướng dẫn 12-HD/BTCTW)."""
        for card in self.sudo():
            member = card.member_id
            if not member._party_card_allowed():
                continue  # refused with its reason by _check_official_member
            since = member.official_date or member.admission_decision_date
            if card.issue_date and since and card.issue_date < since:
                raise ValidationError(
                    self.env._(
                        "Card %(number)s of %(name)s is dated %(issued)s, before "
                        "%(name)s became an official member on %(since)s: a party "
                        "card is issued only to official members (Hướng dẫn "
                        "12-HD/BTCTW).",
                        number=card.number,
                        name=member.name,
                        issued=card.issue_date.strftime("%d/%m/%Y"),
                        since=since.strftime("%d/%m/%Y"),
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        # The token comes from the field default: a client cannot choose it.
        for vals in vals_list:
            if vals.get("number"):
                vals["number"] = vals["number"].strip().replace(" ", "")
                self._check_number_format(vals["number"])
        cards = super().create(vals_list)
        reissued = cards.filtered(
            lambda card: card.replaced_card_id and card.state == "issued"
        )
        if reissued:
            reissued.sudo().write({"state": "reissued"})
        return cards

    def write(self, vals):
        if vals.get("number"):
            vals["number"] = vals["number"].strip().replace(" ", "")
            self._check_number_format(vals["number"])
        if vals.get("state") in VALID_CARD_STATES:
            self._check_party_protected_fields(vals)  # a client: AccessError first
            self._check_not_revoked()
        return super().write(vals)

    def _check_not_revoked(self):
        """A lost, recovered or family-kept card never becomes valid again,
        whoever writes (even ``sudo``): a new card is reissued instead."""
        revoked = self.filtered(lambda card: card.state not in VALID_CARD_STATES)
        if revoked:
            raise ValidationError(
                self.env._(
                    "Card %(numbers)s is no longer valid and cannot become valid "
                    "again: issue a replacement card instead (Hướng dẫn 12-HD/BTCTW).",
                    numbers=", ".join(revoked.mapped("number")),
                )
            )

    # ------------------------------------------------------------------
    # Actions
    # ------------------------------------------------------------------
    def action_report_lost(self):
        self._party_check_action("write", PARTY_SECRETARY)
        self._set_state("lost", VALID_CARD_STATES)

    def action_recover(self):
        self._party_check_action("write", PARTY_SECRETARY)
        self._set_state("recovered", VALID_CARD_STATES)
        self.activity_feedback(["mail.mail_activity_data_todo"])

    def action_mark_kept_by_family(self):
        self._party_check_action("write", PARTY_SECRETARY)
        self._set_state("kept_by_family", VALID_CARD_STATES)

    def action_reissue(self):
        """Open a new card for the member of this lost card."""
        self.ensure_one()
        self._party_check_action("write", PARTY_OFFICE)
        self._check_states(("lost",))
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.card",
            "view_mode": "form",
            "target": "current",
            "context": {
                "default_member_id": self.member_id.id,
                "default_replaced_card_id": self.id,
                "default_issuer_name": self.issuer_name,
            },
        }

    def _reissue(self, number, issue_date=None, decision=None, e_card_id=None):
        """Create the replacement of this lost card (state "reissued");
        returns the new card."""
        self.ensure_one()
        self._check_states(("lost",))
        return self.create(
            {
                "member_id": self.member_id.id,
                "number": number,
                "e_card_id": e_card_id or False,
                "issue_date": issue_date or fields.Date.context_today(self),
                "decision_id": getattr(decision, "id", decision) or False,
                "issuer_name": self.issuer_name,
                "replaced_card_id": self.id,
            }
        )

    def action_print_cards(self):
        """Batch print the selected cards into one PDF (A4, crop marks)."""
        self._party_check_action("write", PARTY_SECRETARY)
        return (
            self.env["party.card.print"]
            .create({"card_ids": [(6, 0, self.ids)], "layout": "sheet"})
            .action_print()
        )

    def action_regenerate_token(self):
        """Invalidate the printed QR code (e.g. a forged copy circulates):
        the party office only, on cards it may write."""
        self._party_check_action("write", PARTY_OFFICE)
        self._party_set_token()

    # ------------------------------------------------------------------
    # Business methods
    # ------------------------------------------------------------------
    def _is_valid(self):
        """True when this card proves membership today: a valid state and a
        holder still in the Party (also after an official transfer to
        another committee, Quy định 294-QĐ/TW)."""
        self.ensure_one()
        return self.state in VALID_CARD_STATES and self.member_id._party_card_holder()

    def _is_printable(self):
        """True when this organisation may print this card: a valid card
        whose holder is an official member in its charge (not removed,
        expelled, left, deceased or transferred out)."""
        self.ensure_one()
        return self.state in VALID_CARD_STATES and self.member_id._party_card_allowed()

    def _qr_data_uri(self):
        """PNG data URI of the verification QR code (for HTML layouts)."""
        self.ensure_one()
        png = self._party_qr_png(self._party_token_url(), box_size=4, border=0)
        return "data:image/png;base64," + png.decode()

    def _party_token_path(self, token):
        return f"/party/card/verify/{token}"

    @api.model
    def _ask_recovery(self, members):
        """Schedule the recovery of the valid cards of ``members`` (expelled
        or removed): one to-do activity per card, for the secretary of the
        holder's organisation (or of its nearest ancestor with one), else a
        Party Office user of its company, else the current user."""
        cards = self.sudo().search(
            [("member_id", "in", members.ids), ("state", "in", VALID_CARD_STATES)]
        )
        responsible = cards.member_id.organization_id._party_responsible_users()
        for card in cards:
            user = responsible.get(card.member_id.organization_id.id)
            card.activity_schedule(
                "mail.mail_activity_data_todo",
                summary=self.env._("Recover the party card"),
                note=self.env._(
                    "%(name)s left the Party: recover card %(number)s.",
                    name=card.member_id.name,
                    number=card.number,
                ),
                user_id=(user or self.env.user).id,
            )
        return cards

    @api.model
    def _keep_by_family(self, members, date):
        """The family keeps the card of a deceased member."""
        cards = self.sudo().search(
            [("member_id", "in", members.ids), ("state", "in", VALID_CARD_STATES)]
        )
        cards.write({"state": "kept_by_family", "state_date": date})
        return cards

    def _set_state(self, state, from_states):
        """Move these cards (in ``from_states``) to ``state`` today; the
        caller has checked who may do it."""
        self._check_states(from_states)
        self.sudo().write(
            {"state": state, "state_date": fields.Date.context_today(self)}
        )

    def _check_states(self, states):
        labels = dict(self._fields["state"]._description_selection(self.env))
        for card in self:
            if card.state not in states:
                raise UserError(
                    self.env._(
                        "Card %(number)s is %(state)s: this action is not possible.",
                        number=card.number,
                        state=labels.get(card.state),
                    )
                )
