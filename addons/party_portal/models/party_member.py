# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import models
from odoo.exceptions import UserError
from odoo.tools.translate import LazyTranslate

# A lazy text rendered in the recipient's language (party.portal._request_staff).
# pylint: disable=prefer-env-translation
_lt = LazyTranslate(__name__)

CORRECTION_SUMMARY = _lt("Correction of the record requested")
MESSAGE_MAX = 4000


class PartyMember(models.Model):
    _inherit = "party.member"

    def _portal_request_correction(self, message):
        """The logged-in member asks the party office to correct their own
        record: an activity for the office, with the message. Whatever
        ``self`` is, only the caller's own record is concerned."""
        portal = self.env["party.portal"]
        member = portal._get_member()
        if not member:
            raise UserError(self.env._("Your user is not linked to a party member."))
        message = (message or "").strip()
        if not message:
            raise UserError(self.env._("Write what should be corrected."))
        return portal._request_staff(
            member,
            portal._office_user(member),
            CORRECTION_SUMMARY,
            message[:MESSAGE_MAX],
        )
