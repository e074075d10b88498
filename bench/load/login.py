# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Log every load-test user in once over /web/session/authenticate and keep
the session ids (standard library only).

    python bench/load/login.py URL users.json sessions.json

A login costs 600,000 PBKDF2 rounds (about half a second of CPU): done once
here, with 2 threads, rather than inside every timed run. A session already
in the cache that still answers /web/session/get_session_info is kept.
"""

import json
import sys
import urllib.request
from concurrent.futures import ThreadPoolExecutor


def post(url, body, sid=None):
    request = urllib.request.Request(
        url,
        data=json.dumps({"jsonrpc": "2.0", "method": "call", "params": body}).encode(),
        headers={"Content-Type": "application/json"}
        | ({"Cookie": f"session_id={sid}"} if sid else {}),
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        return json.load(response), response.headers.get("Set-Cookie", "")


def session(base, db, login, password, sid=None):
    if sid:
        result, _cookie = post(f"{base}/web/session/get_session_info", {}, sid)
        if result.get("result", {}).get("uid"):
            return sid
    result, cookie = post(
        f"{base}/web/session/authenticate",
        {"db": db, "login": login, "password": password},
    )
    if "error" in result:
        raise RuntimeError(f"{login}: {result['error']['data']['message']}")
    return cookie.split("session_id=")[1].split(";")[0]


def main(base, users_file, sessions_file):
    data = json.load(open(users_file))
    try:
        cache = json.load(open(sessions_file))
    except (OSError, ValueError):
        cache = {}
    logins = data["secretaries"] + [m["login"] for m in data["members"]]
    with ThreadPoolExecutor(2) as pool:
        sids = pool.map(
            lambda login: session(
                base, data["db"], login, data["password"], cache.get(login)
            ),
            logins,
        )
        cache = dict(zip(logins, sids, strict=True))
    with open(sessions_file, "w") as out:
        json.dump(cache, out)
    print(f"{len(cache)} sessions in {sessions_file}")


if __name__ == "__main__":
    main(*sys.argv[1:4])
