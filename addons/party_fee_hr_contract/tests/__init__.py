from . import test_fee_base
from . import test_red_team_fee_base
from . import test_fee_base_month
