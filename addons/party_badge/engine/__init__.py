# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Huy hiệu Đảng rules, pure Python (no ``odoo`` framework import).

- ``badge``: milestone eligibility, single and batch.
"""
