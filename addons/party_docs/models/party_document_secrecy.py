# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Secret documents never leave their registered audience.

Doors closed here: chatter recipients and notifications (inbox, mail, push),
delivery, QR token, public or tokenised attachments. Reading, exporting and
``/web/content`` follow the record rules (security/party_docs_rules.xml), and
outside the audience a secret document is nameless (display name), so no
error message names it; meetings refuse secret documents (party.meeting).
"""

from odoo import SUPERUSER_ID, api, models
from odoo.exceptions import UserError, ValidationError


class PartyDocument(models.Model):
    _inherit = "party.document"

    @api.model
    def _secret_error(self, door, error_class=UserError):
        return error_class(
            self.env._(
                "Secret documents never leave their registered audience: "
                "%(door)s is refused. / Văn bản mật không được ra khỏi phạm vi "
                "được phép: không được %(door)s.",
                door=door,
            )
        )

    @api.depends("number_symbol", "summary", "secrecy", "audience_user_ids")
    @api.depends_context("uid")
    def _compute_display_name(self):
        """Outside the audience, a secret document has no name: error messages
        (an AccessError in debug mode names the refused records, read as sudo)
        must not carry its summary."""
        res = super()._compute_display_name()
        for doc in self._secret_hidden_from_user():
            doc.display_name = self.env._("Secret document")
        return res

    def _secret_hidden_from_user(self):
        """The secret documents of ``self`` the real user (even in sudo) may not read."""
        user = self.env.user
        if self.env.uid == SUPERUSER_ID or user.has_group(
            "party_org.group_party_office"
        ):
            return self.browse()
        return self.filtered(
            lambda d: d.sudo().is_secret and user not in d.sudo().audience_user_ids
        )

    def _check_secret_doors(self):
        """Refuse the electronic doors a secret document may have been given."""
        secret = self.sudo().filtered("is_secret")
        if not secret:
            return
        if secret.filtered("access_token"):
            raise self._secret_error(self.env._("QR code"), ValidationError)
        if secret.delivery_ids:
            raise self._secret_error(self.env._("electronic delivery"), ValidationError)
        if "meeting_ids" in self._fields and secret.meeting_ids:
            raise self._secret_error(self.env._("meeting"), ValidationError)
        if "signature_state" in self._fields and secret.filtered(
            lambda d: d.signature_state == "signed"
        ):
            raise self._secret_error(self.env._("digital signature"), ValidationError)
        attachments = (
            self.env["ir.attachment"]
            .sudo()
            .search(
                [
                    ("res_model", "=", self._name),
                    ("res_id", "in", secret.ids),
                    "|",
                    ("res_field", "=", False),
                    ("res_field", "!=", False),
                ]
            )
            | secret.annex_ids
        )
        attachments._party_check_not_shared()

    def message_post(self, *, partner_ids=None, **kwargs):
        """On secret documents, only the audience may be addressed."""
        if self and self.sudo().is_secret and partner_ids:
            audience = self._secret_audience_partners()
            partner_ids = [pid for pid in partner_ids if pid in audience.ids]
        return super().message_post(partner_ids=partner_ids, **kwargs)

    def _notify_thread(self, message, msg_vals=False, **kwargs):
        """No notification at all (inbox, mail, push) for secret documents."""
        if self and any(self.sudo().mapped("is_secret")):
            return []
        return super()._notify_thread(message, msg_vals=msg_vals, **kwargs)

    def _message_auto_subscribe_notify(self, partner_ids, template):
        if any(self.sudo().mapped("is_secret")):
            return
        return super()._message_auto_subscribe_notify(partner_ids, template)

    def _secret_audience_partners(self):
        self.ensure_one()
        return self.sudo().audience_user_ids.partner_id
