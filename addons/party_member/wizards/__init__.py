from . import party_decision_wizard_mixin
from . import party_member_recognition_wizard
from . import party_member_status_wizard
from . import party_member_export
from . import party_member_import
