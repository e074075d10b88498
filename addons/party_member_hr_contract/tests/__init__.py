from . import test_fee_base
