# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import fields, models


class ResConfigSettings(models.TransientModel):
    _inherit = "res.config.settings"

    party_grade_band_excellent = fields.Float(
        string="Excellent from",
        config_parameter="party_kpi.grade_band_excellent",
        default=90.0,
        help="Points for 'Excellently Completed' (Quy định 366-QĐ/TW: 90).",
    )
    party_grade_band_good = fields.Float(
        string="Well Completed from",
        config_parameter="party_kpi.grade_band_good",
        default=70.0,
        help="Points for 'Well Completed' (Quy định 366-QĐ/TW: 70).",
    )
    party_grade_band_completed = fields.Float(
        string="Completed from",
        config_parameter="party_kpi.grade_band_completed",
        default=50.0,
        help="Points for 'Completed' (Quy định 366-QĐ/TW: 50).",
    )
    party_risk_enabled = fields.Boolean(
        related="company_id.party_risk_enabled", readonly=False
    )
    party_excellent_quota_ratio = fields.Float(
        string="Excellent Quota",
        config_parameter="party_kpi.excellent_quota_ratio",
        default=0.2,
        help="Members graded excellent may be at most this share of those graded "
        "good in a grassroots organisation (Quy định 366-QĐ/TW: 0.2 = 20%).",
    )
    party_org_max_failed_share_good = fields.Float(
        string="Members Failing: Cap at Completed Above",
        config_parameter="party_kpi.org_max_failed_share_good",
        default=0.10,
        help="An organisation is at most 'Completed' when more than this share of "
        "its graded members did not complete their duties (0.1 = 10%).",
    )
    party_org_max_failed_share_completed = fields.Float(
        string="Members Failing: Not Completed Above",
        config_parameter="party_kpi.org_max_failed_share_completed",
        default=0.20,
        help="An organisation is 'Not Completed' when more than this share of its "
        "graded members did not complete their duties (0.2 = 20%).",
    )
    party_org_max_failed_sub_unit_share = fields.Float(
        string="Sub-units Failing: Not Completed Above",
        config_parameter="party_kpi.org_max_failed_sub_unit_share",
        default=0.5,
        help="An organisation is 'Not Completed' when more than this share of its "
        "sub-units did not complete their duties (0.5 = half).",
    )
