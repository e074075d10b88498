# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Outgoing workflow (draft → to approve → approved → signed → issued) and
incoming handling (received → assigned → in progress → done).

Numbering comes before the signature: "Sign Digitally" takes the register
number and date, renders the official PDF and signs it in one server action
(party_document_signature), so the signed file shows them; a document
signed on paper ("Mark Signed") is numbered when it is issued, as the
office writes the number on the paper. Submitting, signing and issuing all
refuse a document that lacks an element required by Hướng dẫn 36-HD/VPTW
(party_document_requirements).

Who does each step is checked on the server, whatever the view shows:
branch secretaries draft and submit; the document is approved by someone
else than whoever drafted or submitted it, holding the right role; it is
approved, signed (on paper or with the organisation's certificate) and issued
by the secretary or a deputy secretary of the issuing organisation holding
an open position there, or by the party office (Điều lệ Đảng, Điều 12 and
Quy định 66-QĐ/TW: the committee signs on behalf of its organisation).
"""

from odoo import fields, models
from odoo.exceptions import AccessError, UserError

# Incoming documents still being handled.
OPEN_INCOMING_STATES = ("received", "assigned", "in_progress")
SECRETARY_GROUP = "party_org.group_party_secretary"
OFFICE_GROUP = "party_org.group_party_office"
SIGNER_ROLES = ("secretary", "deputy_secretary")


class PartyDocumentWorkflowMixin(models.AbstractModel):
    _name = "party.document.workflow.mixin"
    _description = "Party document: approval, issue, delivery and handling"

    submit_user_id = fields.Many2one(
        "res.users", string="Submitted By", readonly=True, copy=False
    )

    # Outgoing and internal

    def action_submit(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._check_transition(["draft"], ("outgoing", "internal"))
        self._check_required_elements()
        for doc in self:
            if not doc.organization_id.code:
                raise UserError(
                    self.env._(
                        "%(org)s has no issuer code for the document symbol.",
                        org=doc.organization_id.name,
                    )
                )
        self.sudo().write({"state": "to_approve", "submit_user_id": self.env.uid})

    def action_approve(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_signer()
        self._check_transition(["to_approve"], ("outgoing", "internal"))
        self._party_check_not_drafter()
        self.sudo().write(
            {
                "state": "approved",
                "approval_user_id": self.env.uid,
                "approval_date": fields.Datetime.now(),
            }
        )

    def action_sign(self):
        """Record the signature (on paper or digitally, see
        party_document_signature)."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_signer()
        self._check_transition(["approved"], ("outgoing", "internal"))
        self._check_required_elements()
        self.sudo().write({"state": "signed"})

    def action_issue(self):
        """Number the documents not numbered yet (signed on paper), then
        deliver the non-secret ones to their recipients and give them a QR
        token. Secret documents go on paper. Addressed organisations that
        nobody can receive for are reported to the sender (chatter and a
        warning)."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._party_check_signer()
        self._check_transition(["signed"], ("outgoing", "internal"))
        self._check_required_elements()
        self._check_numbering_terms()
        self._take_outgoing_numbers()
        self.sudo().write({"state": "issued"})
        public = self.filtered(lambda d: not d.is_secret)
        public._deliver()
        public._ensure_access_token()
        warning = public._report_unreached_organizations(
            public._recipient_users_by_org()
        )
        if warning:
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {
                    "type": "warning",
                    "sticky": True,
                    "title": self.env._("Not delivered to every recipient"),
                    "message": warning,
                    "next": {"type": "ir.actions.client", "tag": "soft_reload"},
                },
            }
        return True

    def action_reset_draft(self):
        self._party_check_action("write", SECRETARY_GROUP)
        self._check_transition(["to_approve", "approved"], ("outgoing", "internal"))
        self.sudo().write(
            {
                "state": "draft",
                "submit_user_id": False,
                "approval_user_id": False,
                "approval_date": False,
            }
        )

    def action_cancel(self):
        self._party_check_action("write", SECRETARY_GROUP)
        settled = self.filtered(lambda d: d.state in ("issued", "done", "cancel"))
        if settled:
            raise UserError(
                self.env._("An issued or handled document stays in the register.")
            )
        self.sudo().write({"state": "cancel"})
        # Nobody handles a cancelled document any more.
        self.sudo().activity_unlink(["mail.mail_activity_data_todo"])

    # Incoming

    def action_assign(self):
        """Hand the document to its handler with a deadline and an activity."""
        self._party_check_action("write", SECRETARY_GROUP)
        self._check_transition(["received", "assigned"], ("incoming",))
        for doc in self:
            if not doc.handler_id or not doc.deadline:
                raise UserError(self.env._("Choose a handler and a deadline first."))
            doc._check_handler_in_audience()
            doc.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=doc.deadline,
                user_id=doc.handler_id.id,
                summary=doc._activity_label("handle"),
            )
        self.sudo().write({"state": "assigned"})
        today = fields.Date.context_today(self)
        late = self.filtered(lambda d: d.deadline < today)
        if late:
            return {
                "type": "ir.actions.client",
                "tag": "display_notification",
                "params": {
                    "type": "warning",
                    "sticky": True,
                    "title": self.env._("Deadline already passed"),
                    "message": self.env._(
                        "Assigned with a deadline already passed, so overdue at "
                        "once: %(docs)s",
                        docs=", ".join(
                            f"{d.display_name} ({d.deadline:%d/%m/%Y})" for d in late
                        ),
                    ),
                    "next": {"type": "ir.actions.client", "tag": "soft_reload"},
                },
            }
        return True

    def action_start(self):
        self._party_check_handler_or_writer()
        self._check_transition(["assigned"], ("incoming",))
        self.sudo().write({"state": "in_progress"})

    def action_done(self):
        self._party_check_handler_or_writer()
        self._check_transition(["assigned", "in_progress"], ("incoming",))
        self.sudo().write(
            {"state": "done", "date_done": fields.Date.context_today(self)}
        )
        self.sudo().activity_feedback(["mail.mail_activity_data_todo"])

    def _check_numbering_terms(self):
        """Refuse to number a document dated outside every term of its
        issuer: numbers run per type, issuer and term (Hướng dẫn 36-HD/VPTW;
        Quy định 294-QĐ/TW), so a document without a term would join a
        register that never restarts."""
        docs = self.filtered(lambda d: not d.number)
        if not docs:
            return
        today = fields.Date.context_today(self)
        Term = self.env["party.term"].sudo()
        outside = []
        for day, day_docs in docs.grouped(lambda d: d.date or today).items():
            terms = Term._current_terms_by_organization(
                day_docs.organization_id.ids, day
            )
            outside += [
                (doc, day) for doc in day_docs if doc.organization_id.id not in terms
            ]
        if outside:
            raise UserError(
                self.env._(
                    "These documents are dated outside every term of their issuing "
                    "organisation, so they cannot be numbered (numbers run per "
                    "type, issuer and term). Record the term of the issuer, or "
                    "correct the date:\n%(lines)s",
                    lines="\n".join(
                        f"- {doc.summary or doc.display_name} "
                        f"({doc.organization_id.display_name}, "
                        f"{day.strftime('%d/%m/%Y')})"
                        for doc, day in outside
                    ),
                )
            )

    def _check_transition(self, from_states, directions):
        states = dict(self._fields["state"]._description_selection(self.env))
        for doc in self:
            if doc.direction not in directions or doc.state not in from_states:
                raise UserError(
                    self.env._(
                        "%(doc)s cannot do this from state %(state)s.",
                        doc=doc.display_name,
                        state=states.get(doc.state),
                    )
                )

    # Who may do a step

    def _party_signer_organizations(self):
        """Issuing organisations of ``self`` where the user holds an open
        secretary or deputy secretary position today."""
        Position = self.env["party.position"].sudo()
        return Position.search(
            [
                ("user_id", "=", self.env.uid),
                ("role", "in", SIGNER_ROLES),
                ("organization_id", "in", self.organization_id.ids),
                *Position._get_open_domain(),
            ]
        ).organization_id

    def _party_check_signer(self):
        """Only the signer roles of the issuing organisation, or the party
        office, approve, sign and issue its documents."""
        if self.env.su or self.env.user.has_group(OFFICE_GROUP):
            return
        signer_orgs = self._party_signer_organizations()
        refused = self.filtered(lambda d: d.organization_id not in signer_orgs)
        if refused:
            raise AccessError(
                self.env._(
                    "Only the secretary or a deputy secretary of %(org)s, or the "
                    "party office, approves, signs and issues %(doc)s.",
                    org=refused[0].organization_id.display_name,
                    doc=refused[0].display_name,
                )
            )

    def _party_check_not_drafter(self):
        """Whoever drafted or submitted a document does not approve it."""
        if self.env.su:
            return
        own = self.filtered(
            lambda d: self.env.user in (d.create_uid | d.submit_user_id)
        )
        if own:
            raise AccessError(
                self.env._(
                    "You drafted or submitted %(doc)s: someone else approves it.",
                    doc=own[0].display_name,
                )
            )

    def _party_check_handler_or_writer(self):
        """The handler of an incoming document moves it on; so do the
        secretaries who may write it."""
        if self.env.su:
            return
        handled = self.filtered(lambda d: d.handler_id == self.env.user)
        handled.check_access("read")
        if self - handled:
            (self - handled)._party_check_action("write", SECRETARY_GROUP)

    # Delivery

    def _recipient_users_by_org(self):
        """Map addressed organisation id → ids of the users who receive for
        it (committee members in an open position)."""
        positions = (
            self.env["party.position"]
            .sudo()
            ._read_group(
                [
                    ("organization_id", "in", self.recipient_organization_ids.ids),
                    ("state", "=", "open"),
                    ("user_id", "!=", False),
                ],
                ["organization_id"],
                ["user_id:array_agg"],
            )
        )
        return {org.id: set(user_ids) for org, user_ids in positions}

    def _get_recipient_users(self):
        """Map document id → users who receive it: the people named and the
        committee members (open positions) of the organisations named and
        the users of the members named."""
        users_by_org = self._recipient_users_by_org()
        result = {}
        for doc in self:
            user_ids = set(doc.recipient_user_ids.ids)
            user_ids |= set(doc.sudo().recipient_member_ids.user_id.ids)
            for org in doc.recipient_organization_ids:
                user_ids |= users_by_org.get(org.id, set())
            result[doc.id] = user_ids
        return result

    def _deliver(self):
        """Create one delivery per recipient user (never for secret documents)."""
        if self.filtered("is_secret"):
            raise self._secret_error(self.env._("electronic delivery"))
        recipients = self._get_recipient_users()
        existing = {
            (d.document_id.id, d.user_id.id)
            for d in self.env["party.document.delivery"]
            .sudo()
            .search([("document_id", "in", self.ids)])
        }
        now = fields.Datetime.now()
        vals_list = [
            {"document_id": doc.id, "user_id": user_id, "date_sent": now}
            for doc in self
            for user_id in sorted(recipients[doc.id])
            if (doc.id, user_id) not in existing
        ]
        deliveries = self.env["party.document.delivery"].sudo().create(vals_list)
        partners_by_doc = {}
        for delivery in deliveries:
            partners_by_doc.setdefault(delivery.document_id, self.env["res.partner"])
            partners_by_doc[delivery.document_id] |= delivery.user_id.partner_id
        for doc, partners in partners_by_doc.items():
            if partners:
                doc.message_notify(
                    partner_ids=partners.ids,
                    subject=doc.display_name,
                    body=self.env._(
                        "A new document has arrived in your inbox: %(doc)s",
                        doc=doc.display_name,
                    ),
                    model_description=self.env._("Party Document"),
                )
        return deliveries

    # Scheduled actions

    def _cron_incoming_overdue(self):
        """Refresh the overdue flag and remind handlers of overdue documents."""
        today = fields.Date.context_today(self)
        open_docs = self.search(
            [("direction", "=", "incoming"), ("state", "in", OPEN_INCOMING_STATES)]
        )
        open_docs._compute_is_overdue()
        overdue = open_docs.filtered("is_overdue")
        reminded = self.env["mail.activity"].search(
            [
                ("res_model", "=", self._name),
                ("res_id", "in", overdue.ids),
                ("date_deadline", "=", today),
                (
                    "activity_type_id",
                    "=",
                    self.env.ref("mail.mail_activity_data_todo").id,
                ),
            ]
        )
        already = set(reminded.mapped("res_id"))
        for doc in overdue:
            if doc.id in already or not doc.handler_id:
                continue
            # written in the language of the handler who gets it
            lang = doc.handler_id.lang or self.env.lang
            doc.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=today,
                user_id=doc.handler_id.id,
                summary=doc.with_context(lang=lang)._activity_label("overdue"),
            )
