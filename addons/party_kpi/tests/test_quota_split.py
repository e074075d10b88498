# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.exceptions import UserError
from odoo.tests import tagged

from .common import PartyKpiCase


@tagged("post_install", "-at_install")
class TestQuotaSplit(PartyKpiCase):
    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        # 10 good: at most 2 excellent in the grassroots committee.
        cls.good = cls.Evaluation.browse()
        for member in cls._members(10, cls.cell_1, "Tốt"):
            cls.good |= cls._review(member, 80, state="proposed")
        cls.best = cls._review(cls._official("Nhất", cls.cell_1), 98, state="proposed")
        cls.second = cls._review(cls._official("Nhì", cls.cell_2), 95, state="proposed")
        cls.extra = cls._review(cls._official("Ba", cls.cell_2), 91, state="proposed")

    def test_one_extra_blocks_only_itself(self):
        """QA docs #13: approving the whole committee when the quota allows
        2 excellent approves the good ones and the 2 best, and names the
        one over the quota (with its branch); it stays proposed."""
        batch = self.good | self.best | self.second | self.extra
        result = batch.action_approve()
        self.assertEqual(set((batch - self.extra).mapped("state")), {"approved"})
        self.assertEqual(self.extra.state, "proposed")
        message = result["params"]["message"]
        self.assertIn(f"Ba ({self.cell_2.name})", message)
        self.assertNotIn("Nhì", message)
        self.assertNotIn("Nhất", message)
        # Alone, the extra one is refused with its name.
        with self.assertRaisesText(UserError, "Ba"):
            self.extra.action_approve()

    def test_good_ones_pass_beside_pending_excellent(self):
        """Approving good reviews is never held up by excellent proposals."""
        self.good.action_approve()
        self.assertEqual(set(self.good.mapped("state")), {"approved"})
