# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_engine_member_sheet
from . import test_member_import
from . import test_member_export
from . import test_rules_import
from . import test_sheet_files
from . import test_member_form_pdf
from . import test_import_messages
from . import test_member_import_job
