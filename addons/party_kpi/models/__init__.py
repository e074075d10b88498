# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import party_evaluation_rights
from . import party_evaluation_mixin
from . import party_evaluation_line_mixin
from . import party_evaluation_criterion
from . import party_evaluation
from . import party_evaluation_line
from . import party_org_evaluation
from . import party_org_evaluation_line
from . import party_kpi_measure
from . import party_kpi
from . import party_kpi_dashboard
from . import party_kpi_value
from . import party_statistics_closing
from . import party_member_statistics
from . import party_member
from . import res_company
from . import res_config_settings
from . import party_job
