# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Locust users: branch secretaries in the web client, members on the portal.

Run by bench/load/run_load.py (headless, bounded). Environment:
LOAD_USERS (bench/load/setup_users.py's JSON), LOAD_SESSIONS (login.py's
cache of session ids; a user missing from it logs in over
/web/session/authenticate in on_start).

A secretary makes the web client's own JSON-RPC calls on party.member: the
members list (default filter "In the Party", list view fields, 80 rows),
a name search typed without accents, the list grouped by organisation and
by state, and a member form with its history. A member opens /my/party and
its pages, checks in to the meeting of their cell (the room's code) and
casts a ballot on its open vote.
"""

import itertools
import json
import os
import random
import re
from urllib.parse import urlsplit

from locust import FastHttpUser, between, task

DATA = json.load(open(os.environ["LOAD_USERS"]))
try:
    SESSIONS = json.load(open(os.environ.get("LOAD_SESSIONS", "")))
except (OSError, ValueError):
    SESSIONS = {}
SECRETARIES = itertools.cycle(DATA["secretaries"])
MEMBERS = itertools.cycle(DATA["members"])
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')
IN_PARTY = [
    ["state", "in", ["probationary", "official", "temporarily_transferred", "exempt"]]
]
NAMES = ["nguyen van an", "tran thi lan", "le minh", "pham duc hung", "vo thanh"]
ORG = {"fields": {"display_name": {}}}
LIST_SPEC = {
    name: {}
    for name in (
        "name file_number birth_date admission_date official_date "
        "party_age_display state"
    ).split()
} | {"organization_id": ORG}
FORM_SPEC = {
    name: {}
    for name in (
        "name state file_number birth_date sex birth_name birth_place hometown "
        "permanent_residence current_residence job admission_date official_date "
        "party_age_display political_theory_level"
    ).split()
} | {
    "organization_id": ORG,
    "employee_id": ORG,
    "company_id": ORG,
    "event_ids": {
        "fields": {
            "date": {},
            "event_type": {},
            "decision_id": ORG,
            "from_organization_id": ORG,
            "to_organization_id": ORG,
        }
    },
    "decision_ids": {
        "fields": {"name": {}, "date": {}, "decision_type": {}, "summary": {}}
    },
}


class OdooUser(FastHttpUser):
    abstract = True
    wait_time = between(1, 5)
    login = None

    def on_start(self):
        sid = SESSIONS.get(self.login)
        if not sid:
            body = {
                "params": {
                    "db": DATA["db"],
                    "login": self.login,
                    "password": DATA["password"],
                }
            }
            with self.client.post(
                "/web/session/authenticate",
                json=body,
                name="login",
                catch_response=True,
            ) as resp:
                if resp.status_code != 200 or "error" in resp.json():
                    resp.failure(f"login {self.login} refused")
                    return
                sid = resp.headers["Set-Cookie"].split("session_id=")[1].split(";")[0]
        self.cookie = {"Cookie": f"session_id={sid}"}

    def get(self, url, name=None):
        with self.client.get(
            url, headers=self.cookie, name=name or url, catch_response=True
        ) as resp:
            if resp.status_code != 200 or "/web/login" in (resp.url or ""):
                resp.failure(f"{resp.status_code} {resp.url}")
            return resp


class Secretary(OdooUser):
    weight = 1

    def on_start(self):
        self.login = next(SECRETARIES)
        self.ids = []
        super().on_start()

    def call(self, method, name, *args, **kwargs):
        kwargs.setdefault(
            "context", {"lang": "en_US", "tz": "Asia/Ho_Chi_Minh", "bin_size": True}
        )
        body = {
            "jsonrpc": "2.0",
            "method": "call",
            "params": {
                "model": "party.member",
                "method": method,
                "args": list(args),
                "kwargs": kwargs,
            },
        }
        with self.client.post(
            f"/web/dataset/call_kw/party.member/{method}",
            json=body,
            headers=self.cookie,
            name=name,
            catch_response=True,
        ) as resp:
            result = (
                resp.json() if resp.status_code == 200 else {"error": resp.status_code}
            )
            if "error" in result:
                resp.failure(str(result["error"])[:200])
                return None
            return result["result"]

    @task(4)
    def members_list(self):
        result = self.call(
            "web_search_read",
            "list: web_search_read",
            domain=IN_PARTY,
            specification=LIST_SPEC,
            offset=0,
            limit=80,
            order="",
            count_limit=10001,
        )
        if result:
            self.ids = [rec["id"] for rec in result["records"]]

    @task(3)
    def name_search(self):
        name = random.choice(NAMES)
        self.call(
            "web_search_read",
            "search: name without accents",
            domain=["&", *IN_PARTY, ["display_name", "ilike", name]],
            specification=LIST_SPEC,
            offset=0,
            limit=80,
            order="",
            count_limit=10001,
        )

    @task(1)
    def group_by_organisation(self):
        self.call(
            "web_read_group",
            "group: by organisation",
            domain=IN_PARTY,
            fields=["__count"],
            groupby=["organization_id"],
            limit=80,
            lazy=True,
        )

    @task(1)
    def group_by_state(self):
        self.call(
            "web_read_group",
            "group: by state",
            domain=IN_PARTY,
            fields=["__count"],
            groupby=["state"],
            limit=80,
            lazy=True,
        )

    @task(3)
    def member_form(self):
        if not self.ids:
            return self.members_list()
        self.call(
            "web_read",
            "form: web_read with history",
            [random.choice(self.ids)],
            specification=FORM_SPEC,
        )


class PortalMember(OdooUser):
    weight = 1

    def on_start(self):
        me = next(MEMBERS)
        self.login = me["login"]
        self.meeting = me["meeting"]
        self.code = me["code"]
        self.vote = me.get("vote")
        super().on_start()
        self.check_in()

    def check_in(self):
        """The room's code → the check-in page (its token) → POST; the
        redirect is followed here, with the session cookie."""
        with self.client.get(
            f"/my/party/meetings/{self.meeting}/checkin?code={self.code}",
            headers=self.cookie,
            name="checkin: code",
            allow_redirects=False,
            catch_response=True,
        ) as resp:
            location = resp.headers.get("Location") or ""
            if resp.status_code != 303 or "/party/meeting/" not in location:
                resp.failure(f"{resp.status_code} {location}")
                return
        path = urlsplit(location).path
        page = self.get(path, "checkin: page")
        csrf = CSRF.search(page.text or "")
        if not csrf:
            return
        with self.client.post(
            path,
            data={"csrf_token": csrf.group(1)},
            headers=self.cookie,
            name="checkin: POST",
            catch_response=True,
        ) as resp:
            if resp.status_code != 200:
                resp.failure(f"check-in {resp.status_code}")

    @task(3)
    def home(self):
        self.get("/my/party")

    @task(1)
    def record(self):
        self.get("/my/party/record")

    @task(2)
    def meetings(self):
        self.get("/my/party/meetings")

    @task(2)
    def meeting(self):
        self.get(f"/my/party/meetings/{self.meeting}", "/my/party/meetings/<id>")

    @task(2)
    def votes(self):
        self.get("/my/party/votes")

    @task(1)
    def documents(self):
        self.get("/my/party/documents")

    @task(1)
    def fees(self):
        self.get("/my/party/fees")

    @task(2)
    def vote(self):
        if not self.vote:
            return
        page = self.get(f"/my/party/vote/{self.vote}", "/my/party/vote/<id>")
        csrf = CSRF.search(page.text or "")
        if not csrf or 'name="choice"' not in (page.text or ""):
            return  # voted already
        with self.client.post(
            f"/my/party/vote/{self.vote}",
            data={
                "csrf_token": csrf.group(1),
                "choice": random.choice(["for", "against", "abstain"]),
            },
            headers=self.cookie,
            name="vote: POST ballot",
            allow_redirects=False,
            catch_response=True,
        ) as resp:
            if resp.status_code != 303:
                resp.failure(f"ballot {resp.status_code}")
                return
        # Where the ballot redirects, as the browser follows it.
        self.get(f"/my/party/vote/{self.vote}", "/my/party/vote/<id>")
