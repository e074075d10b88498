from . import party_protected_mixin
from . import party_organization
from . import party_term
from . import party_position
from . import res_users
from . import hr_employee
from . import res_company
