# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError


class PartyDocumentDelivery(models.Model):
    _name = "party.document.delivery"
    _description = "Party Document Delivery"
    _inherit = ["party.protected.mixin"]
    _order = "date_sent desc, id desc"

    document_id = fields.Many2one(
        "party.document", required=True, index=True, ondelete="cascade"
    )
    user_id = fields.Many2one(
        "res.users", string="Recipient", required=True, index=True, ondelete="cascade"
    )
    date_sent = fields.Datetime(default=fields.Datetime.now, required=True)
    date_read = fields.Datetime(readonly=True)
    is_read = fields.Boolean(compute="_compute_is_read", store=True)
    # Shown in the inbox
    summary = fields.Char(related="document_id.summary")
    number_symbol = fields.Char(related="document_id.number_symbol")
    type_id = fields.Many2one(related="document_id.type_id")
    urgency = fields.Selection(related="document_id.urgency")
    organization_id = fields.Many2one(
        related="document_id.organization_id", store=True, string="Issuer"
    )
    company_id = fields.Many2one(related="document_id.company_id", store=True)

    _sql_constraints = [
        (
            "document_user_uniq",
            "unique(document_id, user_id)",
            "A document is delivered once to each recipient.",
        ),
    ]

    @api.depends("date_read")
    def _compute_is_read(self):
        for delivery in self:
            delivery.is_read = bool(delivery.date_read)

    @api.constrains("document_id")
    def _check_not_secret(self):
        if self.sudo().document_id.filtered("is_secret"):
            raise self.env["party.document"]._secret_error(
                self.env._("electronic delivery"), ValidationError
            )

    def action_open_document(self):
        """Open the delivered document (its reading is recorded): from the
        recipient's own inbox only."""
        self.ensure_one()
        self.check_access("read")
        if self.user_id != self.env.user:
            raise AccessError(
                self.env._("Only its recipient opens a document from their inbox.")
            )
        self._mark_read(self.document_id, self.env.user)
        return {
            "type": "ir.actions.act_window",
            "res_model": "party.document",
            "res_id": self.document_id.id,
            "view_mode": "form",
        }

    @api.model
    def _mark_read(self, documents, user):
        unread = self.sudo().search(
            [
                ("document_id", "in", documents.ids),
                ("user_id", "=", user.id),
                ("date_read", "=", False),
            ]
        )
        if unread:
            unread.date_read = fields.Datetime.now()
        return unread
