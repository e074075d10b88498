# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Pure-Python rules for party members: no ORM, no ``odoo`` import.

The models fetch data in bulk, call these functions with plain values
(dates, ints, ``Decimal``, tuples) and store the results. Problems are
returned as machine keys (``"too_young"``, ``"certificate_expired"``...);
the Odoo layer turns them into translated messages.

Modules:

- ``party_age``: calendar arithmetic, membership periods, gaps, party age
  and anniversaries (Điều lệ Đảng, Điều 5.4).
- ``vote``: the majorities and the base of a branch vote.
- ``lifecycle``: probation, recognition and transfer deadlines.
- ``discipline``: discipline forms and their hold periods.
"""
