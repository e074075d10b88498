from . import party_member_export
from . import party_member_import
