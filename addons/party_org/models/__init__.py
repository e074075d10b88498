from . import party_organization
from . import party_term
from . import party_position
from . import res_users
