# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, models


class MailMail(models.Model):
    _inherit = "mail.mail"

    @api.model_create_multi
    def create(self, vals_list):
        """Last lock: no e-mail is ever queued about a secret document."""
        mails = super().create(vals_list)
        linked = mails.sudo().filtered(
            lambda m: m.model == "party.document" and m.res_id
        )
        if linked and self.env["party.document"].sudo().search_count(
            [("id", "in", linked.mapped("res_id")), ("secrecy", "!=", "normal")],
            limit=1,
        ):
            raise self.env["party.document"]._secret_error(self.env._("e-mail"))
        return mails
