# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The elements a party document needs before it is submitted, signed or
issued (Hướng dẫn 36-HD/VPTW on the format of party documents), and the
report of addressed organisations that nobody can receive for."""

from markupsafe import Markup

from odoo import models
from odoo.exceptions import UserError
from odoo.tools import is_html_empty


class PartyDocumentRequirementsMixin(models.AbstractModel):
    _name = "party.document.requirements.mixin"
    _description = "Party document: required elements and reached recipients"

    def _has_body(self):
        self.ensure_one()
        return not is_html_empty(self.body)

    def _missing_elements(self):
        """Labels of the required elements ``self`` lacks (one document)."""
        self.ensure_one()
        env = self.env
        checks = (
            (self.signer_name, env._("signer's name")),
            (self.signer_title, env._("signer's title")),
            (self._has_body() or self.main_file, env._("body or main PDF")),
            (self.place or self.company_id.city, env._("place of issue")),
            (
                self.recipient_organization_ids
                or self.recipient_user_ids
                or self.recipient_member_ids
                or (self.recipient_external or "").strip(),
                env._("recipients"),
            ),
        )
        return [label for present, label in checks if not present]

    def _check_required_elements(self):
        """Refuse documents without the elements Hướng dẫn 36-HD/VPTW
        requires, naming each document and what it lacks. Incoming
        documents are recorded as they arrive and are not checked."""
        lines = []
        for doc in self.filtered(lambda d: d.direction != "incoming"):
            missing = doc._missing_elements()
            if missing:
                lines.append(f"- {doc.display_name}: {', '.join(missing)}")
        if lines:
            raise UserError(
                self.env._(
                    "These documents lack elements required by Hướng dẫn "
                    "36-HD/VPTW on the format of party documents:\n%(lines)s",
                    lines="\n".join(lines),
                )
            )

    def _report_unreached_organizations(self, users_by_org):
        """Tell the sender, in the chatter and in the returned warning, about
        addressed organisations where nobody holds an open position with a
        user: nothing reaches them electronically. Returns the warning text
        or an empty string."""
        lines = []
        for doc in self:
            unreached = doc.recipient_organization_ids.filtered(
                lambda org: not users_by_org.get(org.id)
            )
            if not unreached:
                continue
            names = ", ".join(unreached.mapped("display_name"))
            text = self.env._(
                "%(doc)s was not delivered electronically to %(orgs)s: nobody "
                "there holds an open committee position with a user. Send it "
                "on paper or add the users.",
                doc=doc.display_name,
                orgs=names,
            )
            doc.sudo().message_post(
                body=Markup("<p>%s</p>") % text,
                message_type="comment",
                subtype_xmlid="mail.mt_note",
                author_id=self.env.user.partner_id.id,
            )
            lines.append(text)
        return "\n".join(lines)
