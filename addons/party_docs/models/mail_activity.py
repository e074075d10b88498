# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Activities of secret documents.

An activity is readable by its assignee even without access to its document
and stores the document's name (``res_name``, computed as superuser). So an
activity of a secret document is assigned only to a reader of the document
(its audience or the party office), and its name never carries the number
or summary.
"""

from odoo import api, models

DOCUMENT_MODEL = "party.document"


class MailActivity(models.Model):
    _inherit = "mail.activity"

    @api.depends("res_model", "res_id")
    def _compute_res_name(self):
        res = super()._compute_res_name()
        for activity in self.filtered(lambda a: a.res_model == DOCUMENT_MODEL):
            doc = self.env[DOCUMENT_MODEL].sudo().browse(activity.res_id)
            if doc.exists() and doc.is_secret:
                activity.res_name = self.env._("Secret document")
        return res

    @api.model_create_multi
    def create(self, vals_list):
        activities = super().create(vals_list)
        activities._party_check_secret_assignee()
        return activities

    def write(self, vals):
        res = super().write(vals)
        if {"user_id", "res_model", "res_id"} & set(vals):
            self._party_check_secret_assignee()
        return res

    def _party_check_secret_assignee(self):
        linked = self.sudo().filtered(
            lambda a: a.res_model == DOCUMENT_MODEL and a.res_id and a.user_id
        )
        if not linked:
            return
        docs = self.env[DOCUMENT_MODEL].sudo().browse(linked.mapped("res_id"))
        secret = docs.exists().filtered("is_secret")
        for activity in linked.filtered(lambda a: a.res_id in secret.ids):
            doc = secret.browse(activity.res_id)
            if activity.user_id not in doc._secret_readers():
                raise doc._secret_error(self.env._("an activity"))
