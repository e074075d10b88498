# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The base class of the engines' unit tests: plain ``unittest``, no Odoo.

An engine (``addons/<addon>/engine/``) is pure Python, so are its tests:
they run in seconds under plain pytest (``make test-engine``, see
``addons/conftest.py``), where ``odoo`` is an empty package. Odoo's test
runner collects them too (``make test``), but it runs only its own test
cases: there the base is Odoo's ``BaseCase``, which holds no database
either. The tags are those ``@tagged("post_install", "-at_install")`` sets.
"""

import doctest
import unittest

try:
    from odoo.tests import BaseCase as _TestCase
except ImportError:  # plain pytest, no Odoo (make test-engine)
    _TestCase = unittest.TestCase


class EngineCase(_TestCase):
    """A test of a pure-Python engine, post-install in ``make test``."""

    # Read by Odoo's runner only (its metaclass adds module and class).
    test_tags = {"standard", "post_install"}

    def assertDoctests(self, *modules):
        """The examples in the docstrings of ``modules`` hold."""
        for module in modules:
            with self.subTest(module=module.__name__):
                result = doctest.testmod(module)
                self.assertGreater(result.attempted, 0, "no doctest found")
                self.assertEqual(result.failed, 0)
