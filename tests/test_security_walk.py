# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Walk every party model as a branch secretary and as a plain member.

Nobody remembers to add a new model or method here: the walk finds them.
For every ``party.*`` model it takes the demo records outside the user's
reach and tries to write every stored field, to create a copy, and to call
every public method; on the records the user may write, it tries every
readonly or computed stored field. Each attempt must be refused, and nothing
may change.
"""

import inspect

import psycopg2

from odoo.exceptions import AccessError, MissingError, UserError, ValidationError
from odoo.models import MAGIC_COLUMNS
from odoo.tests import TransactionCase, new_test_user

ADDON_MODULE_PREFIX = "odoo.addons.party_"
REFUSALS = (AccessError, MissingError, UserError, ValidationError, psycopg2.Error)
# Methods every model has; the ORM checks them itself.
ORM_METHODS = frozenset(dir(object)) | {
    "browse",
    "check_access",
    "copy",
    "create",
    "default_get",
    "exists",
    "fields_get",
    "get_views",
    "name_create",
    "name_search",
    "read",
    "read_group",
    "search",
    "search_count",
    "search_fetch",
    "search_read",
    "unlink",
    "web_read",
    "web_save",
    "web_search_read",
    "write",
    "onchange",
    "export_data",
    "load",
    "copy_data",
    "copy_multi",
}
SAMPLE = 2  # records per model and kind of reach
# Models whose demo records the walk must reach, so that it never passes empty.
KEY_MODELS = {
    "party.organization",
    "party.position",
    "party.member",
    "party.member.event",
    "party.decision",
    "party.card",
    "party.fee.line",
    "party.document",
    "party.meeting",
    "party.evaluation",
}


def party_public_methods(model):
    """Names of the public record methods party addons define on ``model``,
    callable without arguments."""
    names = set()
    for cls in type(model).mro():
        if not cls.__module__.startswith(ADDON_MODULE_PREFIX):
            continue
        for name, func in vars(cls).items():
            if (
                name.startswith("_")
                or name in ORM_METHODS
                or not inspect.isfunction(func)
            ):
                continue
            if getattr(func, "_api", None) in ("model", "model_create"):
                continue
            params = list(inspect.signature(func).parameters.values())[1:]
            if all(
                p.default is not p.empty or p.kind in (p.VAR_POSITIONAL, p.VAR_KEYWORD)
                for p in params
            ):
                names.add(name)
    return sorted(names)


def write_value(record, field):
    value = record[field.name]
    if field.type == "many2one":
        return value.id
    if field.type in ("one2many", "many2many"):
        return [(6, 0, value.ids)]
    return value


class TestSecurityWalk(TransactionCase):
    test_tags = {"party_suite"}
    test_module = "party_suite"

    @classmethod
    def setUpClass(cls):
        super().setUpClass()
        Org = cls.env["party.organization"]
        cells = Org.search([("org_type", "=", "cell")])
        counts = dict(
            cls.env["party.member"]._read_group(
                [("organization_id", "in", cells.ids)], ["organization_id"], ["__count"]
            )
        )
        cls.cell = max(cells, key=lambda c: (counts.get(c, 0), -c.id))
        company = cls.cell.company_id
        cls.users = {}
        for login, group in (
            ("walk_secretary", "party_org.group_party_secretary"),
            ("walk_member", "party_org.group_party_member"),
        ):
            user = new_test_user(
                cls.env,
                login=login,
                groups=group,
                company_id=company.id,
                company_ids=[(6, 0, company.ids)],
            )
            user.party_organization_ids = cls.cell
            cls.users[login] = user
        cls.env.registry.clear_cache()

    def _models(self):
        names = (
            self.env["ir.model.data"]
            .search([("module", "=like", "party_%"), ("model", "=", "ir.model")])
            .mapped(lambda d: self.env["ir.model"].browse(d.res_id).model)
        )
        return sorted(
            name
            for name in set(names)
            if name.startswith("party.") and not self.env[name]._abstract
        )

    def _reach(self, user, model):
        """(records out of reading reach, records readable but not writable,
        records writable) among the model's records, a sample of each."""
        Model = self.env[model].sudo().with_context(active_test=False)
        every = Model.search([], order="id desc", limit=400)
        readable = every.with_user(user)._filtered_access("read").sudo()
        writable = readable.with_user(user)._filtered_access("write").sudo()
        return (
            (every - readable)[:SAMPLE],
            (readable - writable)[:SAMPLE],
            writable[:SAMPLE],
        )

    def _attempt(self, func):
        """Run ``func`` in a savepoint; return the exception or None."""
        try:
            with self.env.cr.savepoint():
                func()
        except REFUSALS as error:
            self.env.invalidate_all()
            return error
        return None

    def _snapshot(self, records):
        names = [
            name
            for name, field in records._fields.items()
            if field.store and field.type != "binary" and name not in MAGIC_COLUMNS
        ]
        records.invalidate_recordset()
        return records.exists().read(names)

    def test_walk(self):
        """No write, create or public call reaches outside the user's reach,
        and no readonly field is written directly anywhere."""
        failures, covered = [], set()
        for login, user in self.users.items():
            for model in self._models():
                Model = self.env[model].sudo()
                if not Model._auto:
                    continue
                outside, read_only, writable = self._reach(user, model)
                stored = [
                    field
                    for name, field in Model._fields.items()
                    if field.store
                    and name not in MAGIC_COLUMNS
                    and field.type != "binary"
                ]
                protected = [f for f in stored if f.readonly]
                methods = party_public_methods(Model)
                for record in outside | read_only:
                    covered.add(model)
                    failures += self._try_writes(login, user, record, stored)
                    failures += self._try_calls(
                        login, user, record, methods, strict=record in outside
                    )
                for record in outside[:1]:
                    failures += self._try_create(login, user, record)
                for record in writable:
                    failures += self._try_writes(login, user, record, protected)
        self.assertGreater(
            len(covered), 25, f"too few models covered: {sorted(covered)}"
        )
        self.assertLessEqual(
            KEY_MODELS, covered, "demo data no longer covers the key models"
        )
        self.assertFalse(failures, "\n".join(failures[:60]))

    def _try_writes(self, login, user, record, fields):
        failures = []
        before = self._snapshot(record)
        for field in fields:
            value = write_value(record, field)
            if (
                self._attempt(
                    lambda f=field, v=value: record.with_user(user).write({f.name: v})
                )
                is None
            ):
                failures.append(f"{login} wrote {record}.{field.name}")
        if self._snapshot(record) != before:
            failures.append(f"{login} changed {record}")
        return failures

    def _try_calls(self, login, user, record, methods, strict):
        """On a record out of reading reach every public method is refused;
        on one the user may only read, a method may run (open a view, print)
        but must change nothing."""
        failures = []
        Model = record.sudo().with_context(active_test=False)
        for name in methods:
            before = (self._snapshot(record), Model.search_count([]))
            target = record.with_user(user)
            error = self._attempt(lambda t=target, n=name: getattr(t, n)())
            if error is None and strict:
                failures.append(f"{login} called {record}.{name}() without refusal")
            elif (self._snapshot(record), Model.search_count([])) != before:
                failures.append(f"{login} changed {record} with {name}()")
        return failures

    def _try_create(self, login, user, record):
        Model = self.env[record._name]
        protected = (
            Model._get_party_protected_fields()
            if hasattr(Model, "_get_party_protected_fields")
            else set()
        )
        vals = {
            key: value
            for key, value in record.copy_data()[0].items()
            if key not in protected and not Model._fields[key].readonly
        }
        count = Model.sudo().with_context(active_test=False).search_count([])
        error = self._attempt(lambda: Model.with_user(user).create(vals))
        if (
            error is None
            or Model.sudo().with_context(active_test=False).search_count([]) != count
        ):
            return [f"{login} created a copy of {record}"]
        return []

    def test_every_party_model_guards_its_fields(self):
        """Every stored party model goes through the protected-fields guard."""
        missing = [
            model
            for model in self._models()
            if self.env[model]._auto
            and not any(
                getattr(cls, "_name", None) == "party.protected.mixin"
                for cls in type(self.env[model]).mro()
            )
        ]
        self.assertFalse(missing, f"models without party.protected.mixin: {missing}")

    def test_member_rules_read_only(self):
        """A rule of the member group grants reading only, except self-service."""
        member = self.env.ref("party_org.group_party_member")
        self_service = {
            "party_kpi.party_evaluation_rule_member_self",
            "party_kpi.party_evaluation_line_rule_member_self",
        }
        rules = self.env["ir.rule"].search([("groups", "in", member.ids)])
        xmlids = rules.get_external_id()
        wide = [
            xmlids[rule.id] or rule.name
            for rule in rules
            if (rule.perm_write or rule.perm_create or rule.perm_unlink)
            and xmlids[rule.id] not in self_service
        ]
        self.assertGreater(len(rules), 10)
        self.assertFalse(wide, f"member rules granting more than read: {wide}")
