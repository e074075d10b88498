from . import test_engine_admission
from . import test_candidate
from . import test_candidate_access
from . import test_rules_admission
from . import test_rules_candidate_pipeline
from . import test_red_team_candidate
from . import test_staff_views
