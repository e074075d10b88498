# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Secret documents never leave their registered audience.

Doors closed here: chatter recipients and notifications (inbox, mail, push),
delivery, QR token, public or tokenised attachments. Reading, exporting and
``/web/content`` follow the record rules (security/party_docs_rules.xml), and
outside the audience a secret document is nameless (display name), so no
error message names it; meetings refuse secret documents (party.meeting). Activities and direct
notifications reach only the audience (and the party office); their names
never carry the number or summary of a secret document (mail.activity).
"""

from odoo import SUPERUSER_ID, api, models
from odoo.exceptions import UserError, ValidationError

OFFICE_GROUP = "party_org.group_party_office"
# Fields through which a write may open a door of a secret document.
DOOR_FIELDS = frozenset(
    {
        "secrecy",
        "audience_user_ids",
        "main_file",
        "annex_ids",
        "access_token",
        "meeting_ids",
    }
)


class PartyDocumentSecrecyMixin(models.AbstractModel):
    _name = "party.document.secrecy.mixin"
    _description = "Party document: secret documents stay in their audience"

    @api.model
    def _secret_error(self, door, error_class=UserError):
        return error_class(
            self.env._(
                "Secret documents never leave their registered audience: %(door)s is "
                "refused.",
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

    @api.constrains("handler_id", "audience_user_ids", "secrecy")
    def _check_handler_in_audience(self):
        """The handler of a secret document belongs to its registered audience."""
        for doc in self.sudo():
            if (
                doc.is_secret
                and doc.handler_id
                and (doc.handler_id not in doc.audience_user_ids)
            ):
                raise ValidationError(
                    self.env._(
                        "The handler of a secret document must belong to its "
                        "registered audience."
                    )
                )

    def write(self, vals):
        res = super().write(vals)
        if DOOR_FIELDS & set(vals):
            self._check_secret_doors()
        if {"audience_user_ids", "handler_id", "secrecy"} & set(vals):
            self._drop_activities_outside_audience()
        return res

    def _secret_readers(self):
        """Users who may read the secret document ``self``: its audience and
        the party office."""
        self.ensure_one()
        office = self.env.ref(OFFICE_GROUP).sudo().users
        return self.sudo().audience_user_ids | office

    def _drop_activities_outside_audience(self):
        """Someone taken out of a secret document's audience keeps no
        activity about it (their activity list would show it)."""
        activities = self.env["mail.activity"].sudo()
        for doc in self.sudo().filtered("is_secret"):
            activities |= doc.activity_ids.filtered(
                lambda a, doc=doc: a.user_id not in doc._secret_readers()
            )
        activities.unlink()

    def _activity_label(self, kind):
        """Summary of the handling and overdue activities; a secret
        document is named by its arrival number only."""
        self.ensure_one()
        if self.sudo().is_secret:
            name = self.env._(
                "secret document no. %(number)s", number=self.sudo().arrival_number
            )
        else:
            name = self.display_name
        if kind == "overdue":
            return self.env._("Overdue: %(doc)s", doc=name)
        return self.env._("Handle incoming document %(doc)s", doc=name)

    def message_post(self, *, partner_ids=None, **kwargs):
        """Posting needs write access; on secret documents only the audience
        may be addressed."""
        if not self.env.su:
            self.check_access("write")
        if self and self.sudo().is_secret and partner_ids:
            audience = self._secret_audience_partners()
            partner_ids = [pid for pid in partner_ids if pid in audience.ids]
        return super().message_post(partner_ids=partner_ids, **kwargs)

    def message_notify(self, *, partner_ids=False, **kwargs):
        """Direct notifications need write access and, on secret documents,
        reach nobody outside the audience (the message itself would be
        readable by its addressees)."""
        if not self.env.su:
            self.check_access("write")
        if self and self.sudo().is_secret:
            readers = self._secret_readers().partner_id
            if set(partner_ids or []) - set(readers.ids):
                raise self._secret_error(self.env._("a notification"))
        return super().message_notify(partner_ids=partner_ids, **kwargs)

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
