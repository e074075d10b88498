from . import test_organization
from . import test_term_position
from . import test_access
from . import test_red_team
from . import test_working_days
from . import test_reminder
from . import test_print_format
from . import test_engine_tools
