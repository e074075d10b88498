# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""18.0.2.0.0: cards, badges, fees, the admission pipeline and the 7-HSĐV
sheets left party_member for addons of their own (issue 14). Their records
keep their rows: the new addons take over their external ids and are
installed in the same run. The contract bridge is renamed."""

from odoo.addons.party_org.upgrade import rename_module, split_off

SPLIT_OFF = (
    "party_member_admission",
    "party_member_sheet",
    "party_card",
    "party_badge",
    "party_fee",
)


def migrate(cr, version):
    rename_module(cr, "party_member_hr_contract", "party_fee_hr_contract")
    split_off(cr, "party_member", SPLIT_OFF)
    # Downloads of earlier versions were private attachments of the print
    # wizard; they are transient records of party.download now.
    cr.execute(
        "DELETE FROM ir_attachment WHERE res_model = 'party.card.print'"
        " AND COALESCE(res_id, 0) = 0"
    )
