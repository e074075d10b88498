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

    def timed(self, runs, calls, budget=None):
        """Run ``calls`` (a list of (model, method, args, kwargs), what one
        user action sends) once to warm up, once recording its SQL, then up
        to ``runs`` times (fewer, but at least 3, once ``budget`` seconds
        are spent). Return a ``Timing``."""
        start = time.perf_counter()
        result = self._run(calls)  # warm-up: caches, as a running server has
        first = time.perf_counter() - start
        with recorded_queries() as queries:
            self._run(calls)
        times, per_call = [], [[] for _call in calls]
        for _ in range(runs):
            start = time.perf_counter()
            for index, call in enumerate(calls):
                call_start = time.perf_counter()
                self._run([call])
                per_call[index].append(time.perf_counter() - call_start)
            times.append(time.perf_counter() - start)
            if budget and len(times) >= 3 and sum(times) > budget:
                break
        return Timing(sorted(times), per_call, queries, result, first)

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


class Timing:
    """The runs of one user action: sorted ``times`` (seconds), each call's
    times, the (seconds, SQL) of one run's queries, the calls' results and
    the time of the first run (the warm-up, not in ``times``)."""

    def __init__(self, times, per_call, queries, result, first=0.0):
        self.times = times
        self.first = first
        self.per_call = per_call
        self.queries = queries
        self.result = result

    def median_ms(self, call_index):
        times = sorted(self.per_call[call_index])
        return times[len(times) // 2] * 1000

    def slowest_query(self):
        """(ms, 200 characters of the SQL from its FROM) of the slowest query."""
        if not self.queries:
            return 0.0, ""
        delay, sql = max(self.queries, key=lambda q: q[0])
        text = sql.decode() if isinstance(sql, bytes) else sql
        text = " ".join(text.split())
        return delay * 1000, text[max(0, text.find(" FROM ")) :][:200]
