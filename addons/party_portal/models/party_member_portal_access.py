# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Grant and revoke a member's portal access (party office only).

Granting goes through Odoo's own portal wizard (``portal.wizard.user``):
it creates the portal user of the member's partner in the member's company,
or reactivates the one revoked earlier, and sends the invitation email. The
user is then linked to the member (``user_id``, a protected field, written
with ``sudo()`` after the check). Revoking archives the portal user, as the
wizard's revoke does, and unlinks it. Internal users are never touched: an
employee's user always wins over a portal user (``_compute_user_id``).

A batch grants what it can and reports row by row what it did not do and
why; a single member refused raises the reason.
"""

from collections import Counter

from odoo import Command, api, fields, models
from odoo.exceptions import UserError
from odoo.tools.translate import LazyTranslate

from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

_lt = LazyTranslate(__name__)
# Reasons shown row by row, translated where they are reported.
# pylint: disable=prefer-env-translation

OFFICE_GROUP = "party_org.group_party_office"
# Outcomes of one row of a grant or a revoke.
DONE, SKIPPED, REFUSED = "done", "skipped", "refused"
REASONS = {
    "internal": _lt("has an internal user, who keeps it"),
    "portal": _lt("already has portal access"),
    "no_contact": _lt(
        "has no contact: choose or create the member's contact, with an "
        "email address, first"
    ),
    "out_of_party": _lt("is not in the party: the member portal is for members"),
    "shared_contact": _lt(
        "has the contact of another member: give each member their own contact"
    ),
    "no_email": _lt(
        "has no valid email address: set one on the member's contact first"
    ),
    "email_used": _lt("has the email address of another user"),
    "no_access": _lt("has no portal access"),
}


class PartyMember(models.Model):
    _inherit = "party.member"

    has_portal_access = fields.Boolean(
        compute="_compute_has_portal_access",
        compute_sudo=True,
        help="The member logs in as a portal user (no internal licence).",
    )

    @api.depends("employee_id.user_id")
    def _compute_user_id(self):
        """A portal user granted to a member whose employee has no user
        stays linked; the employee's user, when there is one, wins."""
        portal_kept = self.filtered(
            lambda member: not member.employee_id.user_id and member.user_id.share
        )
        return super(PartyMember, self - portal_kept)._compute_user_id()

    @api.depends("user_id.share", "user_id.active")
    def _compute_has_portal_access(self):
        for member in self:
            member.has_portal_access = bool(
                member.user_id.active and member.user_id.share
            )

    # Actions ---------------------------------------------------------------

    def action_grant_portal_access(self):
        """Give each member a portal user (invitation sent by email) linked
        to the member; report what was refused. The member's contact
        (``partner_id``: the employee's work contact, or one the party office
        chose) becomes the portal partner and needs an email address. A
        portal user the contact already has is linked (and reactivated)
        instead, without a new invitation."""
        self._party_check_action("write", OFFICE_GROUP)
        members = self.sudo()
        wizard_users = members.filtered("partner_id")._portal_wizard_users()
        taken = members._portal_contacts_taken(wizard_users)
        outcomes = {}
        to_grant, to_link = [], []
        for member in members:
            wizard_user = wizard_users.get(member.partner_id)
            reason = member._portal_grant_refusal(wizard_user, taken)
            if reason == "link":
                to_link.append((member, wizard_user.user_id))
            elif reason:
                state = SKIPPED if reason in ("internal", "portal") else REFUSED
                outcomes[member] = (state, reason)
            else:
                to_grant.append((member, wizard_user))
        if to_link:
            users = members.env["res.users"].union(*(user for _m, user in to_link))
            users.filtered(lambda user: not user.active).active = True
        # One user per member: Odoo creates users (and sends invitations)
        # one at a time.
        for member, wizard_user in to_grant:
            wizard_user.with_company(member.company_id).action_grant_access()
        users = members.partner_id.with_context(active_test=False).user_ids
        for member, _wizard_user in to_grant:
            to_link.append(
                (
                    member,
                    users.filtered(
                        lambda user, member=member: user.partner_id == member.partner_id
                    )[:1],
                )
            )
        for member, user in to_link:
            member.user_id = user
            outcomes[member] = (DONE, None)
        return self._portal_access_report(
            outcomes,
            self.env._("Portal access granted"),
            self.env._("%(count)s member(s) received portal access."),
        )

    def action_revoke_portal_access(self):
        """Archive each member's portal user and unlink it; internal users
        are left alone."""
        self._party_check_action("write", OFFICE_GROUP)
        members = self.sudo()
        outcomes = {}
        for member in members:
            if not member.user_id:
                outcomes[member] = (SKIPPED, "no_access")
            elif not member.user_id._is_portal():
                outcomes[member] = (SKIPPED, "internal")
            else:
                outcomes[member] = (DONE, None)
        revoked = members.filtered(lambda member: outcomes[member][0] == DONE)
        if revoked:
            revoked._portal_revoke_users()
        return self._portal_access_report(
            outcomes,
            self.env._("Portal access revoked"),
            self.env._("%(count)s member(s) lost portal access."),
        )

    # Helpers ---------------------------------------------------------------

    def _portal_wizard_users(self):
        """Odoo's portal wizard rows of these members' partners, built at
        once (email checks in one query): {partner: portal.wizard.user}."""
        # Without the caller's active_ids: the wizard reads them as partners.
        wizard = (
            self.env["portal.wizard"]
            .with_context(active_ids=[], active_id=False, active_model=False)
            .create({"partner_ids": [Command.set(self.partner_id.ids)]})
        )
        return {row.partner_id: row for row in wizard.user_ids}

    def _portal_contacts_taken(self, wizard_users):
        """Contacts that cannot become one more member's portal partner:
        those of several of these members, and those whose user is linked
        to another member (one query)."""
        counts = Counter(member.partner_id for member in self.filtered("partner_id"))
        shared = {partner for partner, count in counts.items() if count > 1}
        users = self.env["res.users"].union(
            *(row.user_id for row in wizard_users.values())
        )
        others = self.with_context(active_test=False).search(
            [("user_id", "in", users.ids), ("id", "not in", self.ids)]
        )
        return shared | set(others.user_id.partner_id)

    def _portal_grant_refusal(self, wizard_user, taken):
        """Why this member gets no new portal user: a reason of REASONS,
        "link" for a portal user of the contact to link, or None."""
        self.ensure_one()
        if self.user_id and not self.user_id.share:
            return "internal"
        if self.user_id.active and self.user_id._is_portal():
            return "portal"
        if not self.active or self.state not in IN_PARTY_STATES:
            return "out_of_party"
        if not wizard_user:
            return "no_contact"
        if wizard_user.is_internal:
            return "internal"
        if self.partner_id in taken:
            return "shared_contact"
        if wizard_user.is_portal:
            return "link"
        if wizard_user.email_state == "ko":
            return "no_email"
        if wizard_user.email_state == "exist":
            return "email_used"
        return None

    def _portal_revoke_users(self):
        """Archive these members' portal users and unlink them."""
        self._portal_archive_users(self.user_id)
        self.user_id = False

    @api.model
    def _portal_archive_users(self, users):
        """What the portal wizard's revoke does, for all ``users`` at once
        (portal users only): out of the portal group, archived, no sign-up
        token."""
        users = users.sudo().filtered("share")
        if not users:
            return
        users.partner_id.signup_type = None
        users.write(
            {
                "groups_id": [
                    Command.unlink(self.env.ref("base.group_portal").id),
                    Command.link(self.env.ref("base.group_public").id),
                ],
                "active": False,
            }
        )

    def _portal_access_report(self, outcomes, title, done_message):
        """A single member refused raises the reason; otherwise a
        notification counts what was done and names, row by row, what was
        not and why. ``done_message`` has a ``%(count)s`` placeholder."""
        rows = [
            self.env._(
                "%(name)s %(reason)s.",
                name=member.name,
                reason=self.env._(REASONS[reason]),
            )
            for member, (state, reason) in outcomes.items()
            if state != DONE
        ]
        states = [state for state, _reason in outcomes.values()]
        if len(self) == 1 and REFUSED in states:
            raise UserError(rows[0])
        message = done_message % {"count": states.count(DONE)}
        return {
            "type": "ir.actions.client",
            "tag": "display_notification",
            "params": {
                "title": title,
                "message": " ".join([message, *rows]),
                "type": "warning" if REFUSED in states else "success",
                "sticky": bool(rows),
                "next": {"type": "ir.actions.client", "tag": "soft_reload"},
            },
        }
