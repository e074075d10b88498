# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member: badges of a member, and the print of the 2-HSĐV form."""

from odoo import fields, models

PARTY_SECRETARY = "party_org.group_party_secretary"


class PartyMember(models.Model):
    _inherit = "party.member"

    badge_award_ids = fields.One2many(
        "party.badge.award", "member_id", string="Party Badges"
    )
    badge_serious_illness = fields.Boolean(
        string="Serious Illness (badge)",
        groups="party_org.group_party_office",
        help="A seriously ill member may receive the badge up to 12 months early "
        "(30-65 years) or 24 months early (70-90 years) (Hướng dẫn 01-HD/TW, 18).",
    )

    def action_print_member_form(self):
        """Phiếu đảng viên (2-HSĐV) of the selected members as one PDF:
        the report checks that they are in the user's charge and logs the
        print; the file is streamed, never stored."""
        self._party_check_action("write", PARTY_SECRETARY)
        return self.env.ref("party_member.party_member_form_report").report_action(
            self, config=False
        )
