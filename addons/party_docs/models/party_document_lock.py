# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What a plain write may change on a party document.

Documents are legal acts (Quy định 66-QĐ/TW on party documents): once
approved, their content is the content approved; once issued or handled,
they stay in the register as they are. So, for every caller except code
running as superuser after its own checks:

* the direction is fixed at creation, and the issuing organisation of an
  incoming document too (its arrival number belongs to that register);
* outgoing and internal documents get their number and symbol only at
  issue; an incoming document keeps the sender's symbol, typed by the user;
* the approved content changes only in draft (back to draft first);
* an issued, handled or cancelled document changes only through a
  correction by the party office, recorded with its reason
  (party.document.correction); it is never deleted.
"""

from odoo import models
from odoo.exceptions import AccessError, UserError

# Changed only while the document is a draft (outgoing and internal).
APPROVED_FIELDS = frozenset(
    {
        "type_id",
        "organization_id",
        "summary",
        "body",
        "main_file",
        "main_filename",
        "annex_ids",
        "secrecy",
        "signer_authority",
        "signer_title",
        "signer_name",
    }
)
SETTLED_STATES = ("issued", "done", "cancel")
# Still managed on a settled document: who may read it (secret documents).
SETTLED_WRITABLE = frozenset({"audience_user_ids"})
# The chatter's own fields.
MAIL_FIELD_PREFIXES = ("message_", "activity_", "website_message_")


class PartyDocumentLockMixin(models.AbstractModel):
    _name = "party.document.lock.mixin"
    _description = "Party document: what a plain write may change"

    def write(self, vals):
        if not self.env.su:
            self._party_check_write(vals)
        res = super().write(vals)
        if not self.env.su:
            # Write access is checked again where the documents end up.
            self.check_access("write")
        return res

    def unlink(self):
        if not self.env.su:
            self._party_check_unlink()
        return super().unlink()

    def _party_check_created(self):
        """Only the register gives an outgoing or internal document its symbol."""
        if self.filtered(lambda d: d.direction != "incoming" and d.number_symbol):
            raise AccessError(self._party_number_error())

    def _party_check_write(self, vals):
        names = {name for name in vals if not name.startswith(MAIL_FIELD_PREFIXES)}
        if not names:
            return
        if "direction" in names:
            raise AccessError(
                self.env._(
                    "The direction of a document is chosen when it is registered; "
                    "register a new document instead."
                )
            )
        if "number_symbol" in names and self.filtered(
            lambda d: d.direction != "incoming"
        ):
            raise AccessError(self._party_number_error())
        for doc in self:
            if doc.state in SETTLED_STATES:
                if names - SETTLED_WRITABLE:
                    raise UserError(self._party_settled_error(doc))
            elif doc.direction == "incoming":
                if "organization_id" in names:
                    raise UserError(
                        self.env._(
                            "%(doc)s is numbered in the incoming register of "
                            "%(org)s: it stays there.",
                            doc=doc.display_name,
                            org=doc.organization_id.display_name,
                        )
                    )
            elif doc.state != "draft" and names & APPROVED_FIELDS:
                raise UserError(
                    self.env._(
                        "%(doc)s was submitted as it is: set it back to draft "
                        "to change its content, then have it approved again.",
                        doc=doc.display_name,
                    )
                )

    def _party_check_unlink(self):
        registered = self.filtered(
            lambda d: d.number or d.arrival_number or d.state in SETTLED_STATES
        )
        if registered:
            raise UserError(
                self.env._(
                    "%(doc)s is in the register: cancel it instead of deleting it.",
                    doc=registered[0].display_name,
                )
            )

    def _party_files_editable(self):
        """Whether the files of the document may still change."""
        self.ensure_one()
        if self.signature_state == "signed" or self.state in SETTLED_STATES:
            return False
        return self.direction == "incoming" or self.state == "draft"

    def _party_number_error(self):
        return self.env._(
            "The number and symbol of an outgoing or internal document are "
            "given by the register when it is issued."
        )

    def _party_settled_error(self, doc):
        return self.env._(
            "%(doc)s is issued, handled or cancelled: it changes only through a "
            "correction by the party office, with its reason.",
            doc=doc.display_name,
        )

    def action_open_correction(self):
        """Open the correction form of a settled document (party office)."""
        self.ensure_one()
        self._party_check_action("write", "party_org.group_party_office")
        if self.state not in SETTLED_STATES:
            raise UserError(
                self.env._(
                    "%(doc)s is not settled yet: change it through its workflow.",
                    doc=self.display_name,
                )
            )
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Correct %(doc)s", doc=self.display_name),
            "res_model": "party.document.correction",
            "view_mode": "form",
            "target": "new",
            "context": {"default_document_id": self.id},
        }
