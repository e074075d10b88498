# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import party_decision_wizard_mixin
from . import party_member_recognition_wizard
from . import party_member_status_wizard
from . import party_correction_wizard
