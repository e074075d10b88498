# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_engine_grading
from . import test_engine_risk
from . import test_evaluation
from . import test_kpi
from . import test_statistics
from . import test_statistics_export
from . import test_engine_statistics
from . import test_dashboard
from . import test_risk
from . import test_access
from . import test_org_grade_settings
from . import test_click_everywhere
from . import test_red_team
from . import test_red_team_kpi
from . import test_rules_recognition
from . import test_membership_timeline
from . import test_review_scope
from . import test_quota_split
from . import test_kpi_drilldown
from . import test_report_pdf
from . import test_staff_views
from . import test_kpi_job
from . import test_statistics_closing
from . import test_statistics_closed_groups
