# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class IrAttachment(models.Model):
    _inherit = "ir.attachment"

    @api.model_create_multi
    def create(self, vals_list):
        attachments = super().create(vals_list)
        attachments._party_check_not_shared()
        return attachments

    def write(self, vals):
        res = super().write(vals)
        if {"public", "access_token", "res_model", "res_id"} & set(vals):
            self._party_check_not_shared()
        return res

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
