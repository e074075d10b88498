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

from odoo.tools import SQL


def copy_insert(cr, table, columns, rows, on_conflict=None):
    """Insert ``rows`` (tuples in the order of ``columns``; None is NULL)
    into ``table``; return how many rows were inserted."""
    staging = f"{table}_copy_staging"
    names = SQL(", ").join(map(SQL.identifier, columns))
    cr.execute(
        SQL(
            "DROP TABLE IF EXISTS %(staging)s;"
            " CREATE TEMPORARY TABLE %(staging)s ON COMMIT DROP AS"
            " SELECT %(names)s FROM %(table)s WITH NO DATA",
            staging=SQL.identifier(staging),
            names=names,
            table=SQL.identifier(table),
        )
    )
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerows(rows)
    buffer.seek(0)
    cr._obj.copy_expert(
        f'COPY "{staging}" ({", ".join(map(repr_identifier, columns))})'
        " FROM STDIN WITH (FORMAT csv)",
        buffer,
    )
    cr.execute(
        SQL(
            "INSERT INTO %(table)s (%(names)s) SELECT %(names)s FROM %(staging)s %(conflict)s",
            table=SQL.identifier(table),
            names=names,
            staging=SQL.identifier(staging),
            conflict=SQL(on_conflict or ""),
        )
    )
    inserted = cr.rowcount
    cr.execute(SQL("DROP TABLE %s", SQL.identifier(staging)))
    return inserted


def repr_identifier(name):
    """A column name quoted for the COPY statement."""
    return '"{}"'.format(name.replace('"', '""'))
