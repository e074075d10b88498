# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo.tests import TransactionCase, tagged


@tagged("post_install", "-at_install")
class TestConcernMixins(TransactionCase):
    """party.document and party.meeting are each defined in one file; their
    concerns are mixins, and the order of ``_inherit`` is the order in which
    the overrides of those mixins wrap one another."""

    def _position(self, model, parent):
        return type(self.env[model]).__mro__.index(self.env.registry[parent])

    def test_secrecy_wraps_the_chatter(self):
        """Secrecy filters message_post, message_notify and _notify_thread
        before mail.thread runs them: the mixin comes first in the MRO."""
        secrecy = self._position("party.document", "party.document.secrecy.mixin")
        self.assertLess(secrecy, self._position("party.document", "mail.thread"))
        self.assertLess(
            secrecy, self._position("party.document", "party.protected.mixin")
        )

    def test_document_write_order(self):
        """A write goes through the signature checks, then secrecy (doors and
        activities, after the write), then the lock (before the write)."""
        signature = self._position("party.document", "party.document.signature.mixin")
        secrecy = self._position("party.document", "party.document.secrecy.mixin")
        lock = self._position("party.document", "party.document.lock.mixin")
        self.assertLess(signature, secrecy)
        self.assertLess(secrecy, lock)
        self.assertLess(lock, self._position("party.document", "mail.thread"))

    def test_secret_name_hidden_after_naming(self):
        """Secrecy hides the name that the register-number mixin gives."""
        self.assertLess(
            self._position("party.document", "party.document.secrecy.mixin"),
            self._position("party.document", "party.document.register.number.mixin"),
        )

    def test_document_file_shadows_no_override(self):
        """party_document.py defines neither write nor _compute_display_name:
        it would run before (and around) the overrides of its mixins."""
        definition = next(
            cls
            for cls in type(self.env["party.document"]).__mro__
            if cls.__module__.endswith("models.party_document")
        )
        self.assertNotIn("write", vars(definition))
        self.assertNotIn("_compute_display_name", vars(definition))
