from . import test_organization
from . import test_term_position
from . import test_access
