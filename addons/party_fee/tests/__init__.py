from . import test_engine_fee
from . import test_fee
from . import test_fee_access
from . import test_fee_reminder
from . import test_rules_fees
from . import test_fee_reports_pdf
from . import test_red_team_fees
from . import test_red_team_fee_reports
