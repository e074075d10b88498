from . import hr_contract
from . import party_member
