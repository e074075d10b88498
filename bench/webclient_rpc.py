# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The web client's JSON-RPC calls, sent to Odoo's own WSGI application in
this process (``odoo.http.root`` through werkzeug's test client: routing,
session, JSON, the ORM; no network), timed one by one.

``WebClient(db, login, password)`` logs in as the browser does
(``/web/session/authenticate``); ``call(model, method, *args, **kwargs)``
posts ``/web/dataset/call_kw/<model>/<method>`` and returns the result;
``timed(...)`` runs the same call a number of times and returns the sorted
times with the queries of one call. ``slowest_queries`` records the SQL of
one call (Odoo's per-thread query hooks) for the report.
"""

import json
import math
import threading
import time
from contextlib import contextmanager

from werkzeug.test import Client

import odoo.http
import odoo.sql_db

# What a server sets in the WSGI environ (the werkzeug test client does not).
ENVIRON = {"REMOTE_ADDR": "127.0.0.1"}


def p95(times):
    """The 95th percentile of sorted ``times`` (the value 95 % stay under)."""
    return times[max(0, math.ceil(len(times) * 0.95) - 1)]


class RpcError(RuntimeError):
    pass


class WebClient:
    def __init__(self, db, login, password):
        self.client = Client(odoo.http.root)
        self._id = 0
        info = self._post(
            "/web/session/authenticate",
            {"db": db, "login": login, "password": password},
        )
        self.uid = info["uid"]
        self.context = dict(info["user_context"])
        self.company_id = info["user_companies"]["current_company"]
        self.context["allowed_company_ids"] = [self.company_id]

    def _post(self, url, params):
        self._id += 1
        response = self.client.post(
            url,
            data=json.dumps(
                {"jsonrpc": "2.0", "method": "call", "id": self._id, "params": params}
            ),
            content_type="application/json",
            environ_base=ENVIRON,
        )
        payload = response.get_json()
        if payload is None or "error" in payload:
            error = payload and payload["error"]
            raise RpcError(f"{url}: {error or response.status}")
        return payload["result"]

    def call(self, model, method, *args, **kwargs):
        """``orm.call(model, method, args, kwargs)`` of the web client: the
        user's context (with ``kwargs['context']`` on top)."""
        kwargs["context"] = {**self.context, **kwargs.get("context", {})}
        return self._post(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
        )

    def timed(self, runs, calls):
        """Run ``calls`` (a list of (model, method, args, kwargs), what one
        user action sends) ``runs`` times after one warm-up; return the
        sorted seconds of each run, the queries of one run and its result."""
        result = self._run(calls)  # warm-up: caches, as a running server has
        queries = odoo.sql_db.sql_counter
        self._run(calls)
        queries = odoo.sql_db.sql_counter - queries
        times = []
        for _ in range(runs):
            start = time.perf_counter()
            self._run(calls)
            times.append(time.perf_counter() - start)
        return sorted(times), queries, result

    def _run(self, calls):
        return [
            self.call(model, method, *args, **kwargs)
            for model, method, args, kwargs in calls
        ]


@contextmanager
def recorded_queries():
    """Collect (seconds, SQL) of every query this thread runs in the block."""
    thread = threading.current_thread()
    queries = []

    def hook(cr, query, params, start, delay):
        queries.append((delay, cr._format(query, params)))

    previous = getattr(thread, "query_hooks", ())
    thread.query_hooks = (*previous, hook)
    try:
        yield queries
    finally:
        thread.query_hooks = previous


def slowest_query(client, calls):
    """(ms, 200 characters of the SQL from its FROM) of the slowest query of
    one run."""
    with recorded_queries() as queries:
        client._run(calls)
    if not queries:
        return 0.0, ""
    delay, sql = max(queries, key=lambda q: q[0])
    text = sql.decode() if isinstance(sql, bytes) else sql
    text = " ".join(text.split())
    return delay * 1000, text[max(0, text.find(" FROM ")) :][:200]
