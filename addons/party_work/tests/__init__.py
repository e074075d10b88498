from . import test_application
from . import test_setup_checklist
