# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A small JSON-RPC client over the web client's own routes: a session
cookie from /web/session/authenticate, then /web/dataset/call_kw, as the
browser does. Standard library only; every call has a timeout."""

import http.cookiejar
import itertools
import json
import urllib.error
import urllib.request


class RpcError(Exception):
    """Odoo answered with an error (the server is up, the call failed)."""


class Client:
    def __init__(self, url, db, timeout=600):
        self.url = url.rstrip("/")
        self.db = db
        self.timeout = timeout
        self._ids = itertools.count(1)
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
        )

    def _post(self, path, params, timeout=None):
        body = json.dumps(
            {
                "jsonrpc": "2.0",
                "method": "call",
                "id": next(self._ids),
                "params": params,
            }
        ).encode()
        request = urllib.request.Request(
            self.url + path, body, {"Content-Type": "application/json"}
        )
        with self._opener.open(request, timeout=timeout or self.timeout) as response:
            answer = json.loads(response.read())
        if answer.get("error"):
            data = answer["error"].get("data") or {}
            raise RpcError(data.get("message") or answer["error"].get("message"))
        return answer["result"]

    def login(self, login, password):
        result = self._post(
            "/web/session/authenticate",
            {"db": self.db, "login": login, "password": password},
            timeout=60,
        )
        if not result.get("uid"):
            raise RpcError(f"login refused for {login}")
        return result["uid"]

    def call(self, model, method, *args, timeout=None, **kwargs):
        return self._post(
            f"/web/dataset/call_kw/{model}/{method}",
            {"model": model, "method": method, "args": list(args), "kwargs": kwargs},
            timeout=timeout,
        )


def answers(url, timeout=2):
    """True when Odoo's HTTP server answers a JSON-RPC call."""
    try:
        Client(url, None, timeout)._post("/web/webclient/version_info", {})
    except (OSError, urllib.error.URLError, RpcError, ValueError):
        return False
    return True
