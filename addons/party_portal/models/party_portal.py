# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The one door of the member portal: who the logged-in member is.

Portal users hold no access right on any party model: every portal page
reads through ``_get_member()`` (sudo, the user's own record only) and the
scoped helpers each page adds, so JSON-RPC and ``/web/content`` give a
portal user nothing. Every write a member makes from the portal is a method
that starts from ``_get_member()`` too, never from an id the browser sent.
"""

from odoo import api, models
from odoo.exceptions import UserError
from odoo.tools import plaintext2html

from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

REQUEST_TYPE = "party_portal.mail_activity_type_member_request"


class PartyPortal(models.AbstractModel):
    _name = "party.portal"
    _description = "Member Portal Services"

    @api.model
    def _get_member(self):
        """The logged-in user's own member record (sudo), in the party and
        in one of the user's companies; empty otherwise."""
        user = self.env.user
        if not user or user._is_public():
            return self.env["party.member"]
        return (
            self.env["party.member"]
            .sudo()
            .search(
                [
                    ("user_id", "=", user.id),
                    ("state", "in", sorted(IN_PARTY_STATES)),
                    ("company_id", "in", user.company_ids.ids),
                ],
                order="id desc",
                limit=1,
            )
        )

    @api.model
    def _request_staff(self, record, user, summary, message):
        """Open a "Member Request" activity on ``record`` for ``user`` with
        the member's ``message`` (plain text, escaped) and the lazy
        ``summary`` in ``user``'s language; return it. Nobody responsible:
        the request is refused rather than lost."""
        if not user:
            raise UserError(
                self.env._(
                    "Nobody in the party office can receive your request yet. "
                    "Please contact your cell secretary directly."
                )
            )
        summary = self.env["party.reminder"]._in_lang(summary, user.lang)
        return (
            record.sudo()
            .with_context(mail_activity_quick_update=True)
            .activity_schedule(
                REQUEST_TYPE,
                summary=summary,
                note=plaintext2html(message),
                user_id=user.id,
            )
        )

    @api.model
    def _office_user(self, member):
        """A Party Office user of the member's company (never the superuser)."""
        office = self.env["party.organization"]._party_office_users(member.company_id)
        return office.get(member.company_id.id)

    @api.model
    def _secretary_user(self, organization):
        """The user responsible for ``organization``: its secretary up the
        tree, else the party office."""
        return organization._party_responsible_users().get(organization.id)
