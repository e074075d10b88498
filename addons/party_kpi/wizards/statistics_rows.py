# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The rows of the statistics export (Hướng dẫn 11-HD/BTCTW): organisation →
column key → count, read from the statistics view (party.member.statistics).

Three steps in PostgreSQL: the view's rows summed by organisation and by the
values the forms break down (a few hundred thousand groups for a
million-member committee) into a temporary table; the distinct values, put
in the forms' categories here (engine/statistics.py); the sums by
organisation, each category a filtered sum. Python then reads one row per
organisation (it read every group before: 5 of the 9 s of a million-member
export). The members of a party group (tổ đảng) count in its cell.
"""

from collections import defaultdict

from odoo.tools import SQL

from ..engine import statistics as forms

# The view's columns the forms break down: column → (sheet prefix, the
# form's category of a value)
BREAKDOWNS = {
    "age_band": ("age", forms.age_column),
    "general_education": ("education", forms.education_category),
    "professional_qualification": ("qualification", forms.qualification_category),
    "political_theory_level": ("theory", lambda level: level or "none"),
    "occupation": ("occupation", forms.occupation_category),
}
# Sums of the view by organisation and by those values, for one export
GROUPS_TABLE = "party_statistics_export_groups"


def read_rows(stats, domain, keys):
    """Sum the ``keys`` columns of ``stats`` (the view's model, read as the
    user, with its date in the context) over ``domain`` by organisation,
    with the members counted in each category of each breakdown."""
    stats.env.flush_all()  # the view reads the members' tables
    query = stats._search(domain)

    def column(name):
        return stats._field_to_sql(stats._table, name, query)

    cr = stats.env.cr
    table = SQL.identifier(GROUPS_TABLE)
    names = ("organization_id", *BREAKDOWNS)
    cr.execute(SQL("DROP TABLE IF EXISTS %s", table))
    cr.execute(
        SQL(
            "CREATE TEMPORARY TABLE %s ON COMMIT DROP AS"
            " SELECT %s, %s FROM %s WHERE %s GROUP BY %s",
            table,
            SQL(", ").join(
                SQL("%s AS %s", column(name), SQL.identifier(name)) for name in names
            ),
            SQL(", ").join(
                SQL("SUM(%s) AS %s", column(key), SQL.identifier(key)) for key in keys
            ),
            query.from_clause,
            query.where_clause or SQL("TRUE"),
            SQL(", ").join(SQL(str(position)) for position in range(1, len(names) + 1)),
        )
    )
    labels = list(keys)
    sums = [SQL("SUM(%s)::bigint", SQL.identifier(key)) for key in keys]
    for label, condition in _categories(cr):
        labels.append(label)
        sums.append(SQL("(SUM(member_count) FILTER (WHERE %s))::bigint", condition))
    cr.execute(
        SQL(
            "SELECT organization_id, %s FROM %s GROUP BY organization_id",
            SQL(", ").join(sums),
            table,
        )
    )
    groups = cr.fetchall()
    cr.execute(SQL("DROP TABLE %s", table))
    counted_in = _counted_in(stats.env, {group[0] for group in groups})
    rows = defaultdict(lambda: defaultdict(int))
    for org_id, *values in groups:
        row = rows[counted_in.get(org_id, stats.env["party.organization"])]
        for label, value in zip(labels, values, strict=True):
            row[label] += value or 0
    return rows


def _categories(cr):
    """(column key, SQL condition) of each category of each breakdown found
    in the temporary table: its distinct values, categorised once each."""
    table = SQL.identifier(GROUPS_TABLE)
    for field, (prefix, categorise) in BREAKDOWNS.items():
        column = SQL.identifier(field)
        cr.execute(SQL("SELECT DISTINCT %s FROM %s", column, table))
        by_category = defaultdict(list)
        for (value,) in cr.fetchall():
            by_category[categorise(value)].append(value)
        for category, values in by_category.items():
            known = [value for value in values if value is not None]
            conditions = [SQL("%s = ANY(%s)", column, known)] if known else []
            if None in values:
                conditions.append(SQL("%s IS NULL", column))
            yield f"{prefix}:{category}", SQL(" OR ").join(conditions)


def _counted_in(env, organization_ids):
    """organisation id → the organisation its members are counted in: a
    party group's (tổ đảng) members count in its cell (QA docs #26)."""
    organizations = env["party.organization"].browse(
        [org_id for org_id in organization_ids if org_id]
    )
    return {
        org.id: org.parent_id if org.org_type == "party_group" else org
        for org in organizations
    }
