# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The rows of the statistics export (Hướng dẫn 11-HD/BTCTW): organisation →
column key → count, read from the statistics rows (party.member.statistics).

The values the forms break down are put in the forms' categories here, once
per distinct value (engine/statistics.py); PostgreSQL then sums the rows by
organisation in one pass, each category a filtered sum over a join with
those values. (Grouping the rows by organisation and by every broken-down
value first gave 331,000 groups at a million members, written to a
temporary table, and more with real free-text values.) The members of a
party group (tổ đảng) count in its cell.
"""

from collections import defaultdict

from odoo.tools import SQL

from ..engine import statistics as forms

# The columns the forms break down: column → (sheet prefix, the form's
# category of a value)
BREAKDOWNS = {
    "age_band": ("age", forms.age_column),
    "general_education": ("education", forms.education_category),
    "professional_qualification": ("qualification", forms.qualification_category),
    "political_theory_level": ("theory", lambda level: level or "none"),
    "occupation": ("occupation", forms.occupation_category),
}


def read_rows(stats, domain, keys):
    """Sum the ``keys`` columns of ``stats`` (the statistics model, read as
    the user, with its date in the context) over ``domain`` by
    organisation, with the members counted in each category of each
    breakdown."""
    stats.env.flush_all()  # the live rows read the members' tables
    query = stats._search(domain)
    names = ("organization_id", *BREAKDOWNS, *keys)
    rows_sql = query.select(
        *(
            SQL(
                "%s AS %s",
                stats._field_to_sql(stats._table, name, query),
                SQL.identifier(name),
            )
            for name in names
        )
    )
    labels = list(keys)
    sums = [SQL("SUM(r.%s)::bigint", SQL.identifier(key)) for key in keys]
    joins = []
    values = stats._column_values(list(BREAKDOWNS))
    for position, (field, (prefix, categorise)) in enumerate(BREAKDOWNS.items()):
        known = [value for value in values[field] if value is not None]
        # Each category by its number: PostgreSQL compares integers in
        # the filters, not texts.
        # The category of no value is always summed: the rows' NULLs (and a
        # value not found) fall in it, even when no NULL was read above.
        names = sorted({categorise(value) for value in {*values[field], None}})
        number = {name: index for index, name in enumerate(names)}
        alias = SQL.identifier(f"category_{position}")
        joins.append(
            SQL(
                "LEFT JOIN unnest(%s::text[], %s::int[]) AS %s(value, category)"
                " ON %s.value = r.%s",
                known,
                [number[categorise(value)] for value in known],
                alias,
                alias,
                SQL.identifier(field),
            )
        )
        # A NULL value (or one not found) is in the category of no value.
        category = SQL("COALESCE(%s.category, %s)", alias, number[categorise(None)])
        for name in names:
            labels.append(f"{prefix}:{name}")
            sums.append(
                SQL(
                    "(SUM(r.member_count) FILTER (WHERE %s = %s))::bigint",
                    category,
                    number[name],
                )
            )
    cr = stats.env.cr
    cr.execute(
        SQL(
            "SELECT r.organization_id, %s FROM (%s) AS r %s GROUP BY r.organization_id",
            SQL(", ").join(sums),
            rows_sql,
            SQL(" ").join(joins),
        )
    )
    groups = cr.fetchall()
    counted_in = _counted_in(stats.env, {group[0] for group in groups})
    rows = defaultdict(lambda: defaultdict(int))
    for org_id, *sums_of_org in groups:
        org = counted_in.get(org_id, stats.env["party.organization"])
        values = [value or 0 for value in sums_of_org]
        if org in rows:  # a party group's members, added to its cell's
            row = rows[org]
            for label, value in zip(labels, values, strict=True):
                row[label] += value
        else:
            rows[org] = defaultdict(int, zip(labels, values, strict=True))
    return rows


def _counted_in(env, organization_ids):
    """organisation id → the organisation its members are counted in: a
    party group's (tổ đảng) members count in its cell (QA docs #26). In SQL:
    the ORM read the type and parent of 20,000 organisations in 0.4 s."""
    env.cr.execute(
        SQL(
            """SELECT id, CASE WHEN org_type = 'party_group' THEN parent_id
                               ELSE id END
               FROM party_organization WHERE id = ANY(%s)""",
            [org_id for org_id in organization_ids if org_id],
        )
    )
    counted_in = dict(env.cr.fetchall())
    Organization = env["party.organization"].browse(counted_in.values())
    return {
        org_id: Organization.browse(target) for org_id, target in counted_in.items()
    }
