# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Attack helpers shared by the red-team tests of every party addon.

An attack is tried the way an attacker tries it: as a real user over
``/web/dataset/call_kw`` with an authenticated session (``HttpCase``), with a
context the client chose. ``assertRefusedRpc`` checks the server refused it;
``assertUnchanged`` checks that nothing changed in the database.
"""

from contextlib import contextmanager

from odoo.tests.common import JsonRpcException

REFUSALS = (
    "odoo.exceptions.AccessError",
    "odoo.exceptions.UserError",
    "odoo.exceptions.ValidationError",
    "odoo.exceptions.MissingError",
)


class RedTeamMixin:
    """Mix into an ``HttpCase``; users must have their login as password
    (``new_test_user`` does that)."""

    def call_kw(self, user, model, method, args, context=None, **kwargs):
        """Call ``model.method(*args, **kwargs)`` over JSON-RPC as ``user``."""
        self.authenticate(user.login, user.login)
        if context is not None:
            kwargs["context"] = context
        return self.make_jsonrpc_request(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": args, "kwargs": kwargs},
        )

    def assertRefusedRpc(self, user, model, method, args, context=None, **kwargs):
        """The call raises one of Odoo's refusals (not a crash). The server logs
        the refusal as a warning: it is expected here, so it is captured."""
        with (
            self.assertRaises(JsonRpcException) as catcher,
            self.assertLogs("odoo.http", "WARNING"),
        ):
            self.call_kw(user, model, method, args, context=context, **kwargs)
        self.assertIn(catcher.exception.args[0], REFUSALS, catcher.exception)
        return catcher.exception

    @contextmanager
    def assertUnchanged(self, records, fields=None):
        """Nothing of ``records`` (read as superuser) changed inside the block."""
        records = records.sudo()
        names = fields or [
            name
            for name, field in records._fields.items()
            if field.store and field.type not in ("binary",) and name != "write_date"
        ]
        records.invalidate_recordset()
        before = records.read(names)
        yield
        self.env.invalidate_all()
        self.assertEqual(records.exists(), records, "records were deleted")
        self.assertEqual(records.read(names), before)
