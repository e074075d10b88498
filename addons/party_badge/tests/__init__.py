# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_engine_badge
from . import test_badge_award
from . import test_badge_access
from . import test_badge_party_age
from . import test_badge_reminder
from . import test_badge_reports_pdf
from . import test_badge_red_team
from . import test_badge_views
