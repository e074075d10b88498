from . import test_engine_party_age
from . import test_engine_admission
from . import test_engine_lifecycle
from . import test_engine_badge
from . import test_engine_fee
