from . import hr_contract
from . import party_member
from . import party_fee_line
