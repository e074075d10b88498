# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import (
    test_fee_statement,
    test_portal_fee_reminder,
    test_portal_fees,
    test_portal_fees_readonly,
)
