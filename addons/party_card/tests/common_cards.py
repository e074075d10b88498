# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo.addons.party_member.tests.common import PartyMemberCase


class PartyCardCase(PartyMemberCase):
    """PartyMemberCase plus card helpers."""

    _card_seq = 10000000

    @classmethod
    def _card(cls, member, **vals):
        PartyCardCase._card_seq += 1
        return cls.env["party.card"].create(
            {
                "member_id": member.id,
                "number": str(PartyCardCase._card_seq),
                "issue_date": date(2024, 2, 3),
                "issuer_name": "Đảng ủy Khối Doanh nghiệp Trung ương",
                **vals,
            }
        )
