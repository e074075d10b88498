# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResCompany(models.Model):
    _inherit = "res.company"

    party_fee_payment_howto = fields.Text(
        string="How to Pay Party Fees",
        translate=True,
        help="Shown to members on their fee page and in the fee reminder: "
        "where and when the collector takes cash, and how to pay on the "
        "national public service portal (Quy định 01-QĐ/TW).",
    )
