# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Pure-Python rules for party fees: no ORM, no ``odoo`` import.

- ``fee``: đảng phí amounts, line states and unpaid months (Quy định
  01-QĐ/TW, 2026; Điều lệ Đảng, Điều 8).
"""
