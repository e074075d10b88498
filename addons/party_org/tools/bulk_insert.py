# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Insert many rows at once with PostgreSQL's COPY.

``execute_values`` writes each row into the SQL text (psycopg2's
``mogrify``): 18 of the 79 s of a million fee lines went there. COPY sends
the rows as CSV into a temporary table, and one INSERT ... SELECT moves them
into the table, with the caller's ``ON CONFLICT`` clause. The caller has
checked who may insert and flushed what the rows depend on.
"""

import csv
import io

from psycopg2 import sql


def copy_insert(cr, table, columns, rows, on_conflict=""):
    """Insert ``rows`` (tuples in the order of ``columns``; None is NULL)
    into ``table`` through the Odoo cursor ``cr``; return how many rows
    were inserted. ``on_conflict`` is the SQL of the insert's ON CONFLICT
    clause, written by the caller (never user input)."""
    staging = sql.Identifier(f"{table}_copy_staging")
    names = sql.SQL(", ").join(map(sql.Identifier, columns))
    target = sql.Identifier(table)
    raw = cr._obj  # psycopg2's cursor: COPY and composed statements
    raw.execute(
        sql.SQL(
            "DROP TABLE IF EXISTS {staging};"
            " CREATE TEMPORARY TABLE {staging} ON COMMIT DROP AS"
            " SELECT {names} FROM {target} WITH NO DATA"
        ).format(staging=staging, names=names, target=target)
    )
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    buffer.seek(0)
    raw.copy_expert(
        sql.SQL("COPY {staging} ({names}) FROM STDIN WITH (FORMAT csv)").format(
            staging=staging, names=names
        ),
        buffer,
    )
    raw.execute(
        sql.SQL(
            "INSERT INTO {target} ({names}) SELECT {names} FROM {staging} {conflict}"
        ).format(
            target=target, names=names, staging=staging, conflict=sql.SQL(on_conflict)
        )
    )
    inserted = raw.rowcount
    raw.execute(sql.SQL("DROP TABLE {staging}").format(staging=staging))
    return inserted
