# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Bulk loading for the dataset generator: PostgreSQL ``COPY`` of rows
built in Python, with their ids taken from the table's own sequence.

The ORM is not involved: the caller gives every column the ORM would
have written (stored computed fields included) and invalidates the
environment's cache afterwards.
"""

import csv
import io

from odoo.tools import SQL

COPY_BATCH = 100_000


def reserve_ids(cr, table, count):
    """Take ``count`` consecutive ids of ``table``'s sequence; return the
    first. Rows copied with these ids never collide with later inserts."""
    sequence = f"{table}_id_seq"
    cr.execute(SQL("SELECT nextval(%s)", sequence))
    first = cr.fetchone()[0]
    if count > 1:
        cr.execute(SQL("SELECT setval(%s, %s)", sequence, first + count - 1))
    return first


def table_columns(cr, table):
    cr.execute(
        "SELECT column_name FROM information_schema.columns WHERE table_name = %s",
        [table],
    )
    return {row[0] for row in cr.fetchall()}


def copy_rows(cr, table, columns, rows):
    """``COPY table (columns) FROM STDIN`` in CSV, ``COPY_BATCH`` rows at a
    time; None is NULL. Return the number of rows."""
    statement = "COPY {} ({}) FROM STDIN WITH (FORMAT csv)".format(
        table, ", ".join(columns)
    )
    count = 0
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    for row in rows:
        writer.writerow(row)
        count += 1
        if count % COPY_BATCH == 0:
            _flush(cr, statement, buffer)
            buffer = io.StringIO()
            writer = csv.writer(buffer, lineterminator="\n")
    _flush(cr, statement, buffer)
    return count


def copy_dicts(cr, table, rows, existing=None):
    """Copy ``rows`` (dicts with the same keys); keys that are not columns
    of ``table`` in this database (a bridge addon not installed) are
    dropped."""
    if not rows:
        return 0
    existing = existing or table_columns(cr, table)
    columns = [key for key in rows[0] if key in existing]
    return copy_rows(cr, table, columns, ([row[c] for c in columns] for row in rows))


def _flush(cr, statement, buffer):
    if buffer.tell():
        buffer.seek(0)
        cr._obj.copy_expert(statement, buffer)


def drop_secondary_indexes(cr, tables):
    """Drop the indexes of ``tables`` that no constraint holds (Odoo's
    ``index=True`` ones, trigram indexes); return their definitions for
    ``rebuild_indexes``: one sort per index after the load instead of one
    insertion per row."""
    cr.execute(
        """SELECT i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid)
             FROM pg_index i
             JOIN pg_class t ON t.oid = i.indrelid
            WHERE t.relname = ANY(%s) AND NOT i.indisprimary
              AND NOT EXISTS (SELECT 1 FROM pg_constraint c
                               WHERE c.conindid = i.indexrelid)""",
        [list(tables)],
    )
    indexes = cr.fetchall()
    for name, _definition in indexes:
        cr.execute(SQL("DROP INDEX %s", SQL.identifier(name)))
    return [definition for _name, definition in indexes]


def rebuild_indexes(cr, definitions):
    cr.execute("SET LOCAL maintenance_work_mem = '512MB'")
    for definition in definitions:
        cr.execute(definition)
    return len(definitions)
