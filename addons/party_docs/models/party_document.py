# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError

from .party_document_workflow import OPEN_INCOMING_STATES

DIRECTIONS = [
    ("outgoing", "Outgoing"),
    ("incoming", "Incoming"),
    ("internal", "Internal"),
]
SECRECY = [
    ("normal", "Normal"),
    ("confidential", "Confidential"),
    ("secret", "Secret"),
    ("top_secret", "Top Secret"),
]
URGENCY = [
    ("normal", "Normal"),
    ("urgent", "Urgent"),
    ("very_urgent", "Very Urgent"),
    ("flash", "Flash"),
]
OUTGOING_STATES = ["draft", "to_approve", "approved", "signed", "issued"]
INCOMING_STATES = ["received", "assigned", "in_progress", "done"]
STATES = [
    ("draft", "Draft"),
    ("to_approve", "To Approve"),
    ("approved", "Approved"),
    ("signed", "Signed"),
    ("issued", "Issued"),
    ("received", "Received"),
    ("assigned", "Assigned"),
    ("in_progress", "In Progress"),
    ("done", "Done"),
    ("cancel", "Cancelled"),
]


class PartyDocument(models.Model):
    _name = "party.document"
    _description = "Party Document"
    # Each concern is a mixin in its own file, listed in the order in which
    # their overrides wrap one another: a write goes through the signature,
    # then secrecy (doors and activities, after the write), then the lock
    # (before the write); secrecy hides the name register.number gives. All
    # come before mail.thread (secrecy filters message_post, message_notify,
    # _notify_thread) and party.protected.mixin (tests/test_concern_mixins.py).
    _inherit = [
        "party.document.signature.mixin",
        "party.document.qr.mixin",
        "party.document.requirements.mixin",
        "party.document.workflow.mixin",
        "party.document.secrecy.mixin",
        "party.document.register.number.mixin",
        "party.document.lock.mixin",
        "mail.thread",
        "mail.activity.mixin",
        "party.organization.panel.mixin",
        "party.grouped.list.mixin",
        "party.protected.mixin",
    ]
    _order = "date desc, id desc"
    _rec_names_search = ["number_symbol", "summary"]
    _check_company_auto = True

    # Identity
    direction = fields.Selection(
        DIRECTIONS, required=True, default="outgoing", tracking=True
    )
    type_id = fields.Many2one(
        "party.document.type", string="Document Type", required=True, tracking=True
    )
    number = fields.Integer(readonly=True, copy=False, aggregator=None)
    number_symbol = fields.Char(
        string="Number and Symbol",
        copy=False,
        tracking=True,
        index="trigram",
        help="Given at issue for outgoing and internal documents (e.g. "
        "12-NQ/ĐU); the sender's for incoming documents.",
    )
    arrival_number = fields.Integer(
        readonly=True, copy=False, help="Number in the incoming register."
    )
    arrival_date = fields.Date(copy=False)
    summary = fields.Char(string="Summary", required=True, tracking=True)
    body = fields.Html()
    date = fields.Date(string="Document Date", copy=False, tracking=True, index=True)
    place = fields.Char(help="Place of issue, e.g. Hà Nội.")
    # Who
    organization_id = fields.Many2one(
        "party.organization",
        string="Organisation",
        required=True,
        index=True,
        check_company=True,
        tracking=True,
        help="The issuing organisation of outgoing and internal documents; "
        "the receiving one of incoming documents.",
    )
    company_id = fields.Many2one(
        related="organization_id.company_id", store=True, index=True
    )
    term_id = fields.Many2one(
        "party.term", readonly=True, copy=False, help="Term whose register numbers it."
    )
    sender = fields.Char(help="Issuing body of an incoming document.")
    signer_authority = fields.Char(
        string="Signing Authority", help="e.g. T/M ĐẢNG ỦY, K/T BÍ THƯ."
    )
    signer_title = fields.Char(string="Signer's Title")
    signer_name = fields.Char(string="Signer's Name")
    # Classification
    secrecy = fields.Selection(
        SECRECY, required=True, default="normal", tracking=True, index=True
    )
    is_secret = fields.Boolean(compute="_compute_is_secret")
    urgency = fields.Selection(URGENCY, required=True, default="normal", tracking=True)
    audience_user_ids = fields.Many2many(
        "res.users",
        "party_document_audience_rel",
        "document_id",
        "user_id",
        string="Registered Audience",
        help="Who may read a secret document besides the party office.",
    )
    # Recipients (nơi nhận)
    recipient_organization_ids = fields.Many2many(
        "party.organization",
        "party_document_recipient_org_rel",
        "document_id",
        "organization_id",
        string="Recipient Organisations",
    )
    recipient_user_ids = fields.Many2many(
        "res.users",
        "party_document_recipient_user_rel",
        "document_id",
        "user_id",
        string="Recipient People",
    )
    recipient_member_ids = fields.Many2many(
        "party.member",
        "party_document_recipient_member_rel",
        "document_id",
        "member_id",
        string="Recipient Members",
    )
    recipient_external = fields.Text(string="Outside Recipients")
    delivery_ids = fields.One2many("party.document.delivery", "document_id")
    delivery_count = fields.Integer(compute="_compute_delivery_count")
    # Files
    main_file = fields.Binary(string="Main PDF", attachment=True, copy=False)
    main_filename = fields.Char(copy=False)
    annex_ids = fields.Many2many(
        "ir.attachment",
        "party_document_annex_rel",
        "document_id",
        "attachment_id",
        string="Annexes",
        copy=False,
    )
    # Links
    reply_to_id = fields.Many2one(
        "party.document", string="In Reply To", index="btree_not_null"
    )
    reply_ids = fields.One2many("party.document", "reply_to_id", string="Replies")
    meeting_ids = fields.Many2many(
        "party.meeting",
        "party_meeting_document_rel",
        "document_id",
        "meeting_id",
        string="Meetings",
        readonly=True,
        help="Documents are linked to a meeting from the meeting.",
    )
    # Workflow: the state changes only through the action buttons.
    state = fields.Selection(
        STATES,
        compute="_compute_state",
        store=True,
        tracking=True,
        index=True,
        copy=False,
    )
    approval_user_id = fields.Many2one(
        "res.users", string="Approved By", readonly=True, copy=False, tracking=True
    )
    approval_date = fields.Datetime(readonly=True, copy=False)
    handler_id = fields.Many2one("res.users", string="Handler", tracking=True)
    deadline = fields.Date(tracking=True)
    is_overdue = fields.Boolean(
        compute="_compute_is_overdue",
        store=True,
        index=True,
        help="Incoming document still open after its deadline.",
    )
    date_done = fields.Date(readonly=True, copy=False)

    @api.depends("secrecy")
    def _compute_is_secret(self):
        for doc in self:
            doc.is_secret = doc.secrecy != "normal"

    def _compute_delivery_count(self):
        groups = self.env["party.document.delivery"]._read_group(
            [("document_id", "in", self.ids)], ["document_id"], ["__count"]
        )
        counts = {doc.id: count for doc, count in groups}
        for doc in self:
            doc.delivery_count = counts.get(doc.id, 0)

    @api.depends("direction")
    def _compute_state(self):
        for doc in self:
            if not doc.state or doc.state in ("draft", "received"):
                doc.state = "received" if doc.direction == "incoming" else "draft"

    @api.depends("deadline", "state", "direction")
    def _compute_is_overdue(self):
        today = fields.Date.context_today(self)
        for doc in self:
            doc.is_overdue = bool(
                doc.direction == "incoming"
                and doc.state in OPEN_INCOMING_STATES
                and doc.deadline
                and doc.deadline < today
            )

    @api.constrains("direction", "state")
    def _check_state_direction(self):
        for doc in self:
            allowed = (
                INCOMING_STATES if doc.direction == "incoming" else OUTGOING_STATES
            )
            if doc.state not in allowed + ["cancel"]:
                raise ValidationError(
                    self.env._(
                        "State %(state)s does not apply to %(direction)s documents.",
                        state=doc.state,
                        direction=doc.direction,
                    )
                )

    @api.model_create_multi
    def create(self, vals_list):
        for vals in vals_list:
            if vals.get("secrecy", "normal") != "normal":
                # The drafter belongs to the registered audience.
                vals.setdefault("audience_user_ids", [])
                vals["audience_user_ids"] = list(vals["audience_user_ids"]) + [
                    fields.Command.link(self.env.uid)
                ]
        docs = super().create(vals_list)
        if not self.env.su:
            docs._party_check_created()
        docs.filtered(lambda d: d.direction == "incoming")._register_arrival()
        docs._check_secret_doors()
        return docs

    def web_read(self, specification):
        """Opening a document records when its recipient read it."""
        result = super().web_read(specification)
        if len(self) == 1 and not self.env.su and not self.env.cr.readonly:
            self.env["party.document.delivery"]._mark_read(self, self.env.user)
        return result

    # Opening a document records the read receipt: it needs a read/write
    # cursor, while Odoo serves web_read from a read-only one (api.readonly).
    web_read._readonly = False

    # Registers

    def _register_arrival(self):
        """Give incoming documents their number in the organisation's
        incoming register of the year."""
        Counter = self.env["party.document.counter"].sudo()
        for doc in self:
            if doc.arrival_number:
                continue
            arrival = doc.arrival_date or fields.Date.context_today(self)
            doc.sudo().write(
                {
                    "arrival_date": arrival,
                    "arrival_number": Counter._take_number(
                        doc.organization_id.id, "incoming", year=arrival.year
                    ),
                }
            )

    def _take_outgoing_numbers(self):
        """Number outgoing and internal documents in the register of their
        (issuer, type, term); secret documents share the sequence."""
        today = fields.Date.context_today(self)
        for doc in self:
            if doc.number:
                continue
            day = doc.date or today
            term = (
                self.env["party.term"]
                .sudo()
                ._current_terms_by_organization(doc.organization_id.ids, day)
                .get(doc.organization_id.id, self.env["party.term"])
            )
            number, symbol = self._take_free_register_number(
                doc.organization_id, doc.type_id, term
            )
            doc.sudo().write(
                {
                    "number": number,
                    "term_id": term.id,
                    "date": day,
                    "number_symbol": symbol,
                }
            )
