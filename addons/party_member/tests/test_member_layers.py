# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member is one model file plus named mixins (issue 14): the order of
its ``_inherit`` keeps the privacy log outermost, as the extension it
replaces was."""

from odoo.exceptions import AccessError
from odoo.tests import tagged

from .test_privacy_log import PrivacyLogCase

# The read paths the privacy mixin logs on a read/write cursor.
LOGGED_READS = (
    "read",
    "search_read",
    "read_group",
    "web_read",
    "web_search_read",
    "web_read_group",
    "read_progress_bar",
)


@tagged("post_install", "-at_install")
class TestMemberLayers(PrivacyLogCase):
    def _layer(self, name):
        """Position in the model's MRO of the class that defines ``name``."""
        mro = type(self.Member).mro()
        return next(i for i, cls in enumerate(mro) if cls._name == name)

    def test_privacy_wraps_the_other_layers(self):
        """The privacy mixin comes before the lifecycle, history and write
        mixins and mail.thread: its overrides wrap theirs."""
        order = [
            self._layer(name)
            for name in (
                "party.member.privacy.mixin",
                "party.member.lifecycle.mixin",
                "party.member.history.mixin",
                "party.member.write.mixin",
                "mail.thread",
                "party.protected.mixin",
            )
        ]
        self.assertEqual(order, sorted(order))

    def test_read_paths_served_read_write(self):
        """Odoo's web client picks the cursor from the first ``_readonly`` in
        the MRO (web DataSet._call_kw_readonly): every logged read path
        resolves to the privacy mixin's read/write flag."""
        for method in LOGGED_READS:
            with self.subTest(method=method):
                flag = next(
                    getattr(cls, method)._readonly
                    for cls in type(self.Member).mro()
                    if hasattr(getattr(cls, method, None), "_readonly")
                )
                self.assertIs(flag, False)

    def test_refused_write_not_logged_done_write_logged(self):
        """The write rules run inside the logged write: a write they refuse
        logs nothing, one they let through is logged once."""
        member = self.members[0]
        with self.assertRaises(AccessError):
            member.with_user(self.user_secretary).write(
                {"admission_date": "2015-04-01"}
            )
        self.assertFalse(self._logged(self.user_secretary, "write", member))
        member.with_user(self.user_office).write({"birth_place": "Hà Nội"})
        self.assertEqual(len(self._logged(self.user_office, "write", member)), 1)
