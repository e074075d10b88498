# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Server time of the member portal pages (party_portal, issue 12).

``portal_pages``: one official member of the generated dataset (a year of
fees, monthly meetings, last year's review) gets a portal user, 60
documents delivered (10 for study, half of those studied) and 20
questions; then each page of ``/my/party`` and its sub-pages is requested
200 times through Odoo's own WSGI application (``odoo.http.root``, in this
process: routing, session, rendering, no network) and the p95 of the
request time is reported against the target of 150 ms. The data is
committed in its own cursor (the requests open their own) and removed
afterwards.
"""

import json
import time
from datetime import date, datetime

from werkzeug.test import Client

import odoo.http

from odoo.addons.party_docs.tools.concurrency import cursor_env
from odoo.addons.party_member.engine.member_state import IN_PARTY_STATES

from .framework import Result

REQUESTS = 200
# Odoo's own portal page of the same user, timed in the same run: on a
# loaded machine it shows how much of a figure is the machine.
BASELINE_URL = "/my/account"
TARGET_SECONDS = 0.150
DOCUMENTS = 60
FOR_STUDY = 10
QUESTIONS = 20
# What a server sets in the WSGI environ (the werkzeug test client does not).
ENVIRON = {"REMOTE_ADDR": "127.0.0.1"}


def _setup(registry, stamp):
    """Commit a portal member with documents, studies and questions; return
    the ids to request and to clean up."""
    env = cursor_env(registry)
    with env.cr:
        # An official member of the last generated dataset: they have a
        # year of fees, meetings and a review.
        member = env["party.member"].search(
            [("state", "=", "official"), ("user_id", "=", False)],
            order="id desc",
            limit=1,
        ) or env["party.member"].search(
            [("state", "in", sorted(IN_PARTY_STATES)), ("user_id", "=", False)],
            limit=1,
        )
        if not member:
            # The generated members have no history: admit one (it stays so).
            member = env["party.member"].search([("user_id", "=", False)], limit=1)
            if not member:
                raise RuntimeError("no member: generate the dataset first")
            member._add_event("admission", date(2015, 3, 2))
            member._add_event("official_recognition", date(2016, 3, 2))
        login = f"bench_portal_{stamp}"
        user = (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                {
                    "name": member.name,
                    "login": login,
                    "password": login,
                    "company_id": member.company_id.id,
                    "company_ids": [(6, 0, member.company_id.ids)],
                    "groups_id": [(6, 0, env.ref("base.group_portal").ids)],
                }
            )
        )
        member.user_id = user
        organization = member.organization_id._get_grassroots() or (
            member.organization_id
        )
        docs = (
            env["party.document"]
            .with_context(tracking_disable=True)
            .create(
                [
                    {
                        "organization_id": organization.id,
                        "type_id": env.ref("party_docs.document_type_nq").id,
                        "summary": f"Bench {stamp} nghị quyết số {i}",
                        "date": date(2025, 1 + i % 12, 1 + i % 28),
                        "body": "<p>Nội dung nghị quyết.</p>" * 20,
                    }
                    for i in range(DOCUMENTS)
                ]
            )
        )
        docs.write({"state": "issued"})
        docs[:FOR_STUDY].write({"study_required": True})
        env["party.document.delivery"].create(
            [
                {"document_id": doc.id, "user_id": user.id, "date_sent": datetime.now()}
                for doc in docs
            ]
        )
        studies = env["party.document.study"]._sync_documents(docs[:FOR_STUDY])
        studies[: FOR_STUDY // 2].write({"date_studied": datetime.now()})
        env["party.member.question"].with_context(tracking_disable=True).create(
            [
                {
                    "member_id": member.id,
                    "organization_id": member.organization_id.id,
                    "company_id": member.company_id.id,
                    "subject": f"Câu hỏi {i}",
                    "message": "Đề nghị chi bộ trả lời.",
                    "answer": "Chi bộ trả lời." if i % 2 else False,
                    "state": "answered" if i % 2 else "new",
                }
                for i in range(QUESTIONS)
            ]
        )
        env.cr.commit()
        return {
            "login": login,
            "member_id": member.id,
            "user_id": user.id,
            "doc_ids": docs.ids,
            "meeting_id": env["party.meeting.attendance"]
            .search([("member_id", "=", member.id)], order="id desc", limit=1)
            .meeting_id.id,
        }


def _cleanup(registry, data):
    env = cursor_env(registry)
    with env.cr:
        env["party.member.question"].search(
            [("member_id", "=", data["member_id"])]
        ).unlink()
        docs = env["party.document"].browse(data["doc_ids"])
        env["party.document.study"].search([("document_id", "in", docs.ids)]).unlink()
        env["party.document.delivery"].search(
            [("document_id", "in", docs.ids)]
        ).unlink()
        # Issued documents are never deleted through the ORM (party_docs).
        env.cr.execute("DELETE FROM party_document WHERE id IN %s", [tuple(docs.ids)])
        env["party.member"].browse(data["member_id"]).user_id = False
        env["res.users"].browse(data["user_id"]).active = False
        env.cr.commit()


def _time_pages(db, data):
    """Map url → sorted request times (seconds) of REQUESTS requests each."""
    client = Client(odoo.http.root)
    response = client.post(
        "/web/session/authenticate",
        data=json.dumps(
            {
                "jsonrpc": "2.0",
                "params": {"db": db, "login": data["login"], "password": data["login"]},
            }
        ),
        content_type="application/json",
        environ_base=ENVIRON,
    )
    if "error" in response.get_json():
        raise RuntimeError(response.get_json()["error"])
    urls = [
        "/my/party",
        "/my/party/record",
        "/my/party/fees",
        "/my/party/meetings",
        "/my/party/meetings?view=calendar",
        "/my/party/votes",
        "/my/party/documents",
        "/my/party/study",
        f"/my/party/documents/{data['doc_ids'][0]}",
        "/my/party/questions",
        "/my/party/review",
    ]
    if data["meeting_id"]:
        urls.append(f"/my/party/meetings/{data['meeting_id']}")
    urls.append(BASELINE_URL)
    timings = {}
    for url in urls:
        status = client.get(
            url, environ_base=ENVIRON
        ).status_code  # warm-up (and its check)
        if status != 200:
            raise RuntimeError(f"{url} answered {status}")
        times = []
        for _ in range(REQUESTS):
            start = time.perf_counter()
            client.get(url, environ_base=ENVIRON)
            times.append(time.perf_counter() - start)
        timings[url] = sorted(times)
    return timings


def p95(times):
    return times[max(0, int(len(times) * 0.95) - 1)]


def portal_pages(env, members):
    """p95 server time of /my/party and its sub-pages for one member."""
    registry = env.registry
    data = _setup(registry, datetime.now().strftime("%H%M%S%f"))
    try:
        timings = _time_pages(env.cr.dbname, data)
    finally:
        _cleanup(registry, data)
    baseline = timings.pop(BASELINE_URL)
    worst_url, worst = max(
        ((url, p95(times)) for url, times in timings.items()), key=lambda x: x[1]
    )
    detail = ", ".join(
        f"{url.replace('/my/party', '') or '/'} {p95(times) * 1000:.0f}"
        for url, times in timings.items()
    )
    return Result(
        f"portal_pages ({members} members)",
        worst,
        baseline=f"Odoo's {BASELINE_URL} p95",
        baseline_seconds=p95(baseline),
        max_seconds=TARGET_SECONDS,
        note=f"p95 of {REQUESTS} requests, worst {worst_url}; ms: {detail}",
    )


SCENARIOS = {"portal_pages": portal_pages}
