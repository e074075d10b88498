# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.card: who may receive a card and from when (Hướng dẫn 12-HD/BTCTW:
official members only, never before they became official)."""

from odoo import api, models
from odoo.exceptions import ValidationError

# Member states out of the Party (or of this committee): a card is refused
# because the person is no longer a member here, not "not yet official".
CARD_REFUSED_EXIT_STATES = (
    "transferred_out",
    "removed",
    "expelled",
    "left",
    "deceased",
    "lost_contact",
)


class PartyCard(models.Model):
    _inherit = "party.card"

    @api.constrains("member_id")
    def _check_official_member(self):
        for card in self.sudo():
            member = card.member_id
            if member._party_card_allowed():
                continue
            if member.state in CARD_REFUSED_EXIT_STATES:
                states = dict(member._fields["state"]._description_selection(self.env))
                raise ValidationError(
                    self.env._(
                        "%(name)s is no longer a party member of this committee "
                        "(%(state)s): a party card is issued only to an official "
                        "member in the Party (Hướng dẫn 12-HD/BTCTW).",
                        name=member.name,
                        state=states.get(member.state, member.state),
                    )
                )
            raise ValidationError(
                self.env._(
                    "%(name)s is not an official member: only official members "
                    "receive a party card (Hướng dẫn 12-HD/BTCTW). / %(name)s "
                    "chưa là đảng viên chính thức: chỉ đảng viên chính thức "
                    "mới được cấp thẻ.",
                    name=member.name,
                )
            )

    @api.constrains("member_id", "issue_date")
    def _check_issue_date(self):
        """A card goes to an official member: it cannot be issued before the
        member became official (Hướng dẫn 12-HD/BTCTW)."""
        for card in self.sudo():
            member = card.member_id
            if not member._party_card_allowed():
                continue  # refused with its reason by _check_official_member
            since = member.official_date or member.admission_decision_date
            if card.issue_date and since and card.issue_date < since:
                raise ValidationError(
                    self.env._(
                        "Card %(number)s of %(name)s is dated %(issued)s, before "
                        "%(name)s became an official member on %(since)s: a party "
                        "card is issued only to official members (Hướng dẫn "
                        "12-HD/BTCTW).",
                        number=card.number,
                        name=member.name,
                        issued=card.issue_date.strftime("%d/%m/%Y"),
                        since=since.strftime("%d/%m/%Y"),
                    )
                )
