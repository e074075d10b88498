# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The member list (sổ danh sách đảng viên, mẫu 7-HSĐV) without the ORM.

- ``member_sheet``: the columns, the parsing and checks of one row, the
  formatting of an exported row (plain values in, problem keys out).
- ``member_sheet_xlsx``: reading and writing the XLSX file (openpyxl,
  xlsxwriter), bounded against oversized uploads.
"""
