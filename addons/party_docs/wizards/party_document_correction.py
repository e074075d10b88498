# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Correction of a settled document by the party office.

An issued, handled or cancelled document is on record: a plain write is
refused (party_document_lock). The party office corrects it here, giving
the reason; the chatter keeps who, when, why and the old and new values of
the tracked fields. The number of an outgoing document and a digitally
signed PDF are never corrected: a corrected act is a new document.
"""

from odoo import api, fields, models
from odoo.exceptions import UserError

from ..models.party_document_lock import SETTLED_STATES

OFFICE_GROUP = "party_org.group_party_office"
CORRECTABLE_FIELDS = (
    "number_symbol",
    "date",
    "place",
    "summary",
    "body",
    "signer_authority",
    "signer_title",
    "signer_name",
    "recipient_organization_ids",
    "recipient_user_ids",
    "recipient_member_ids",
    "recipient_external",
)
RECIPIENT_FIELDS = (
    "recipient_organization_ids",
    "recipient_user_ids",
    "recipient_member_ids",
)


class PartyDocumentCorrection(models.TransientModel):
    _name = "party.document.correction"
    _description = "Correction of a Settled Party Document"
    _inherit = ["party.protected.mixin"]

    document_id = fields.Many2one("party.document", required=True, ondelete="cascade")
    direction = fields.Selection(related="document_id.direction")
    reason = fields.Text(required=True, help="Why the record is corrected.")
    number_symbol = fields.Char(string="Number and Symbol")
    date = fields.Date(string="Document Date")
    place = fields.Char()
    summary = fields.Char(string="Summary")
    body = fields.Html()
    signer_authority = fields.Char(string="Signing Authority")
    signer_title = fields.Char(string="Signer's Title")
    signer_name = fields.Char(string="Signer's Name")
    recipient_organization_ids = fields.Many2many(
        "party.organization", string="Recipient Organisations"
    )
    recipient_user_ids = fields.Many2many("res.users", string="Recipient People")
    recipient_member_ids = fields.Many2many("party.member", string="Recipient Members")
    recipient_external = fields.Text(string="Outside Recipients")
    main_file = fields.Binary(
        string="Corrected Main PDF", help="Only for a document not signed digitally."
    )
    main_filename = fields.Char()

    @api.model
    def default_get(self, fields_list):
        values = super().default_get(fields_list)
        doc = self.env["party.document"].browse(values.get("document_id"))
        if doc:
            doc.check_access("read")
            for name in CORRECTABLE_FIELDS:
                if name in fields_list:
                    value = doc[name]
                    values[name] = value.ids if name in RECIPIENT_FIELDS else value
        return values

    def action_apply(self):
        self.ensure_one()
        doc = self.document_id
        doc._party_check_action("write", OFFICE_GROUP)
        if doc.state not in SETTLED_STATES:
            raise UserError(
                self.env._(
                    "%(doc)s is not settled yet: change it through its workflow.",
                    doc=doc.display_name,
                )
            )
        vals = self._get_changes(doc)
        if "number_symbol" in vals and doc.direction != "incoming":
            raise UserError(doc._party_number_error())
        if self.main_file:
            if doc.signature_state == "signed":
                raise UserError(self.env._("A digitally signed PDF is immutable."))
            vals.update(main_file=self.main_file, main_filename=self.main_filename)
        if not vals:
            raise UserError(self.env._("Nothing to correct."))
        reason = doc._party_check_correction_reason(self.reason)
        lines = doc._party_correction_lines(vals)
        doc.sudo().write(vals)
        if set(vals) & set(RECIPIENT_FIELDS) and doc.state == "issued":
            doc.filtered(lambda d: not d.is_secret)._deliver()
        doc._party_post_correction(reason, doc.display_name, lines)
        return {"type": "ir.actions.act_window_close"}

    def _get_changes(self, doc):
        vals = {}
        for name in CORRECTABLE_FIELDS:
            new, old = self[name], doc[name]
            if name in RECIPIENT_FIELDS:
                if set(new.ids) != set(old.ids):
                    vals[name] = [fields.Command.set(new.ids)]
            elif (new or False) != (old or False):
                vals[name] = new
        return vals
