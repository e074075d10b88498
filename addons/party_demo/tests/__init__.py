from . import test_demo_generators
from . import test_demo_logins
