# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Grouped reads of closed statistics, kept once read (party.member.statistics).

The rows a closing stores never change: a closing is reopened by deleting
them and archiving it, and the next one has another id. So a grouped read
of stored rows alone gives the same groups each time it is asked the same
way, by the same user: a pivot opened again, or its four calls (totals,
columns, rows, cells) asked by another tab, no longer reads the million rows
again (100 to 220 ms a call at a million members).

Kept only when the answer cannot depend on anything but those rows:

- every field grouped by, aggregated or filtered on is a value of the rows
  themselves (no relation: a group's organisation is sorted by its name,
  which can change; no path, no ``child_of`` into the organisation tree,
  which can move);
- the record rules read the same way (a secretary's rule reads the tree:
  not kept);
- at most MAX_GROUPS groups, numbers as aggregates.

The key holds the closings read, the user, the companies, the language and
time zone (a week's first day), the domain and the record rules as they
apply, and the read's own arguments.
"""

from odoo.osv import expression
from odoo.tools.lru import LRU

MAX_GROUPS = 1000
# Grouped reads kept by this process, the oldest forgotten first.
KEPT = LRU(256)
NUMBER_AGGREGATES = {"sum", "avg", "min", "max", "count", "count_distinct"}
PLAIN_TYPES = {"selection", "char", "integer", "float", "date", "boolean"}


def cache_key(
    stats, closings, domain, groupby, aggregates, having, offset, limit, order
):
    """The key of a grouped read of ``stats`` over the rows of ``closings``
    alone, or None when its answer may change (module docstring)."""
    if having:
        return None
    rules = stats.env["ir.rule"]._compute_domain(stats._name, "read") or []
    for spec in groupby:
        if not _plain(stats, spec.split(":")[0]):
            return None
    for spec in aggregates:
        name, _sep, function = spec.partition(":")
        if spec != "__count" and (
            function not in NUMBER_AGGREGATES or not _plain(stats, name)
        ):
            return None
    for leaf in (*domain, *rules):
        if expression.is_leaf(leaf) and not _constant_leaf(stats, leaf):
            return None
    return (
        stats.env.cr.dbname,
        id(stats.pool),  # a database made again under the same name
        tuple(closings.ids),
        stats.env.uid,
        stats.env.su,
        tuple(stats.env.companies.ids),
        # A week's first day is the language's (and a day of the week's,
        # with the time zone's language).
        stats.env.lang,
        stats.env.context.get("tz"),
        repr(list(domain)),
        repr(rules),
        tuple(groupby),
        tuple(aggregates),
        offset,
        limit,
        order,
    )


def _plain(stats, name):
    """A value stored in the rows themselves, not a relation."""
    field = stats._fields.get(name)
    return bool(field) and field.store and field.type in PLAIN_TYPES


def _constant_leaf(stats, leaf):
    """A condition on the rows' own values (or on a relation's ids)."""
    if leaf in (expression.TRUE_LEAF, expression.FALSE_LEAF):
        return True
    name, operator, value = leaf
    if not isinstance(name, str) or operator in ("child_of", "parent_of", "any"):
        return False
    if name == "id" or _plain(stats, name):
        return True
    field = stats._fields.get(name)
    return (
        bool(field)
        and field.store
        and field.type == "many2one"
        and operator in ("=", "!=", "in", "not in")
        and all(
            item is False or isinstance(item, int)
            for item in (value if isinstance(value, list | tuple) else [value])
        )
    )


def read_group(stats, key, read):
    """The groups of ``key`` as kept, else ``read()``'s, kept when at most
    MAX_GROUPS. Access to the model and to the fields read is checked by
    the caller on every read, kept or not."""
    groups = KEPT.get(key)
    if groups is None:
        groups = tuple(read())
        if len(groups) <= MAX_GROUPS:
            KEPT[key] = groups
    return list(groups)
