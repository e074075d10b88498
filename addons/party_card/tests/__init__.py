# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_card
from . import test_upgrade
from . import test_card_access
from . import test_card_verify
from . import test_card_sheet_pdf
from . import test_report_pdf
from . import test_red_team_cards
from . import test_rules_cards
from . import test_rules_cards_qa
from . import test_staff_views
from . import test_card_print_job
