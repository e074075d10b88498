# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Issuing documents from real cursors in threads: shared by the concurrency
test and bench/scenarios_docs.py."""

import random
import time

from psycopg2 import errors

from odoo import SUPERUSER_ID, api

MAX_TRIES = 50


def cursor_env(registry, lock_timeout="30s"):
    """An environment on a new real cursor. The transaction is given its
    registry directly: while tests or a benchmark run, the main thread holds
    the registry class lock that ``Environment`` would otherwise wait for."""
    cr = registry.cursor()
    cr.execute("SELECT set_config('lock_timeout', %s, false)", [lock_timeout])
    cr.transaction = api.Transaction(registry)
    return api.Environment(cr, SUPERUSER_ID, {})


def issue_worker(registry, doc_ids, retries, failures):
    """Issue each document in its own transaction, retrying on serialisation
    failures with a jittered back-off, as Odoo's request and cron runners do.
    Retries and failures are appended to the given lists."""
    try:
        env = cursor_env(registry)
        with env.cr:
            for doc_id in doc_ids:
                for attempt in range(MAX_TRIES):
                    try:
                        env["party.document"].browse(doc_id).action_issue()
                        env.cr.commit()
                        break
                    except errors.SerializationFailure:
                        env.cr.rollback()
                        env.transaction.clear()
                        retries.append(doc_id)
                        time.sleep(random.uniform(0, 0.005 * min(attempt + 1, 20)))
                else:
                    failures.append(f"document {doc_id}: too many retries")
    except Exception as exc:  # reported to the caller's thread
        failures.append(repr(exc))
