# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models
from odoo.exceptions import UserError

# What makes an attachment's content (or where it belongs).
CONTENT_FIELDS = frozenset(
    {
        "datas",
        "raw",
        "db_datas",
        "store_fname",
        "url",
        "type",
        "res_model",
        "res_id",
        "res_field",
    }
)


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model_create_multi
    def create(self, vals_list):
        attachments = super().create(vals_list)
        attachments._party_check_not_shared()
        return attachments

    def write(self, vals):
        if not self.env.su and CONTENT_FIELDS & set(vals):
            self._party_check_not_frozen()
        res = super().write(vals)
        if {"public", "access_token", "res_model", "res_id"} & set(vals):
            self._party_check_not_shared()
        return res

    def unlink(self):
        if not self.env.su:
            self._party_check_not_frozen()
        return super().unlink()

    def _party_check_not_frozen(self):
        """The files of a document (main PDF, signed PDF, annexes) change
        only while the document may change: in draft, never once signed
        digitally, issued or handled. The document's own checks apply, not
        only the attachment's access rights."""
        linked = self.sudo().filtered(
            lambda a: a.res_model == "party.document" and a.res_id
        )
        if not linked:
            return
        docs = self.env["party.document"].sudo().browse(linked.mapped("res_id"))
        for doc in docs.exists():
            files = linked.filtered(lambda a, doc=doc: a.res_id == doc.id)
            own = files.filtered(lambda a, doc=doc: a.res_field or a in doc.annex_ids)
            if own and not doc._party_files_editable():
                raise UserError(
                    self.env._(
                        "The files of %(doc)s are frozen: it was submitted, "
                        "signed or issued.",
                        doc=doc.display_name,
                    )
                )

    def generate_access_token(self):
        self._party_check_not_shared(token=True)
        return super().generate_access_token()

    def _party_check_not_shared(self, token=False):
        """Attachments of secret documents are never public nor reachable by
        an access token (which bypasses the record rules of /web/content)."""
        linked = self.sudo().filtered(
            lambda a: a.res_model == "party.document" and a.res_id
        )
        if not linked:
            return
        secret_ids = set(
            self.env["party.document"]
            .sudo()
            .search(
                [("id", "in", linked.mapped("res_id")), ("secrecy", "!=", "normal")]
            )
            .ids
        )
        for attachment in linked:
            if attachment.res_id in secret_ids and (
                token or attachment.public or attachment.access_token
            ):
                raise self.env["party.document"]._secret_error(
                    self.env._("a public or shared link")
                )
