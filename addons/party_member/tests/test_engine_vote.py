# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.addons.party_org.tests.engine_case import EngineCase

from ..engine.vote import has_majority, two_thirds_majority, vote_base


class TestVotes(EngineCase):
    def test_majority_is_strictly_more_than_half(self):
        """More than half of the official members, not half (Điều lệ Điều 10)."""
        self.assertFalse(has_majority(5, 10))
        self.assertTrue(has_majority(6, 10))
        self.assertTrue(has_majority(4, 7))
        self.assertFalse(has_majority(3, 7))
        self.assertFalse(has_majority(0, 0))

    def test_two_thirds_without_rounding(self):
        """Two thirds of official members, computed in integers (Điều lệ Điều 4.3)."""
        self.assertTrue(two_thirds_majority(6, 9))
        self.assertFalse(two_thirds_majority(5, 8))
        self.assertTrue(two_thirds_majority(6, 8))
        self.assertFalse(two_thirds_majority(1, 2))
        self.assertTrue(two_thirds_majority(2, 3))
        self.assertFalse(two_thirds_majority(0, 0))

    def test_vote_base_counts_attending_exempt_members(self):
        """Exempt members count in the base only when they attend (294-QĐ/TW)."""
        self.assertEqual(vote_base(6, 2, 0), 6)
        self.assertEqual(vote_base(6, 2, 1), 7)
        self.assertEqual(vote_base(6, 2, 5), 8)
