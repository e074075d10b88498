# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Outgoing workflow (draft → to approve → approved → signed → issued) and
incoming handling (received → assigned → in progress → done)."""

from odoo import fields, models
from odoo.exceptions import UserError

from .party_document import OPEN_INCOMING_STATES


class PartyDocument(models.Model):
    _inherit = "party.document"

    # Outgoing and internal

    def action_submit(self):
        self._check_transition(["draft"], ("outgoing", "internal"))
        for doc in self:
            if not doc.organization_id.code:
                raise UserError(
                    self.env._(
                        "%(org)s has no issuer code for the document symbol. / "
                        "%(org)s chưa có mã cơ quan ban hành để ghi ký hiệu "
                        "văn bản.",
                        org=doc.organization_id.name,
                    )
                )
        self.state = "to_approve"

    def action_approve(self):
        self._check_transition(["to_approve"], ("outgoing", "internal"))
        self.state = "approved"

    def action_sign(self):
        """Record the signature (on paper or digitally, see
        party_document_signature)."""
        self._check_transition(["approved"], ("outgoing", "internal"))
        self.state = "signed"

    def action_issue(self):
        """Number the documents, then deliver the non-secret ones to their
        recipients and give them a QR token. Secret documents go on paper."""
        self._check_transition(["signed"], ("outgoing", "internal"))
        self._take_outgoing_numbers()
        self.state = "issued"
        public = self.filtered(lambda d: not d.is_secret)
        public._deliver()
        public._ensure_access_token()

    def action_reset_draft(self):
        self._check_transition(["to_approve", "approved"], ("outgoing", "internal"))
        self.state = "draft"

    def action_cancel(self):
        issued = self.filtered(lambda d: d.state in ("issued", "done"))
        if issued:
            raise UserError(
                self.env._(
                    "An issued or handled document stays in the register. / "
                    "Văn bản đã ban hành hoặc đã xử lý phải được giữ trong sổ."
                )
            )
        self.state = "cancel"

    # Incoming

    def action_assign(self):
        """Hand the document to its handler with a deadline and an activity."""
        self._check_transition(["received", "assigned"], ("incoming",))
        for doc in self:
            if not doc.handler_id or not doc.deadline:
                raise UserError(
                    self.env._(
                        "Choose a handler and a deadline first. / "
                        "Hãy chọn người xử lý và hạn xử lý trước."
                    )
                )
            if doc.is_secret and doc.handler_id not in doc.sudo().audience_user_ids:
                raise UserError(
                    self.env._(
                        "The handler of a secret document must belong to its "
                        "registered audience. / Người xử lý văn bản mật phải "
                        "thuộc phạm vi được đọc văn bản."
                    )
                )
            doc.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=doc.deadline,
                user_id=doc.handler_id.id,
                summary=self.env._(
                    "Handle incoming document %(doc)s", doc=doc.display_name
                ),
            )
        self.state = "assigned"

    def action_start(self):
        self._check_transition(["assigned"], ("incoming",))
        self.state = "in_progress"

    def action_done(self):
        self._check_transition(["assigned", "in_progress"], ("incoming",))
        self.write({"state": "done", "date_done": fields.Date.context_today(self)})
        self.activity_feedback(["mail.mail_activity_data_todo"])

    def _check_transition(self, from_states, directions):
        states = dict(self._fields["state"]._description_selection(self.env))
        for doc in self:
            if doc.direction not in directions or doc.state not in from_states:
                raise UserError(
                    self.env._(
                        "%(doc)s cannot do this from state %(state)s. / "
                        "%(doc)s không thể thực hiện thao tác này ở trạng thái "
                        "%(state)s.",
                        doc=doc.display_name,
                        state=states.get(doc.state),
                    )
                )

    # Delivery

    def _get_recipient_users(self):
        """Map document id → users who receive it: the people named and the
        committee members (open positions) of the organisations named and
        the users of the members named."""
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
        users_by_org = {org.id: set(user_ids) for org, user_ids in positions}
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
            doc.activity_schedule(
                "mail.mail_activity_data_todo",
                date_deadline=today,
                user_id=doc.handler_id.id,
                summary=self.env._("Overdue: %(doc)s", doc=doc.display_name),
            )
