# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import (
    party_fee_line,
    party_portal,
    party_reminder,
    party_reminder_rule,
    res_company,
    res_config_settings,
)
