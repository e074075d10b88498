from . import test_demo_generators
