# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Pure-Python rules of the admission pipeline: no ORM.

- ``admission``: age, awareness certificate, dossier, introducers and
  readmission checks (Điều lệ Đảng, Điều 4; Quy định 294-QĐ/TW; Hướng dẫn
  12-HD/BTCTW). It reuses the calendar arithmetic of
  ``party_member/engine/party_age.py`` and leaves the vote rules to
  ``party_member/engine/vote.py``.
"""
