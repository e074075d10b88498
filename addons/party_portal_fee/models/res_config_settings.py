# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    party_fee_payment_howto = fields.Text(
        related="company_id.party_fee_payment_howto", readonly=False
    )
