# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Pure-Python rules of party_kpi (no Odoo import): grading, quota,
organisation grade, KPI thresholds and periods, and the risk model."""
