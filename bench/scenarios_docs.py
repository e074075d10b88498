# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmarks of party_docs, called by the bench runner with an env whose
registry can open real cursors. Each function commits its own data in
separate cursors and removes it afterwards; it returns a dict of figures."""

import threading
import time
from datetime import date, datetime, timedelta

from odoo import api

from odoo.addons.party_docs.tools.concurrency import cursor_env, issue_worker


def bench_document_numbers(env, n=1000, workers=4):
    """Issue ``n`` document numbers of one register from ``workers`` threads
    with their own cursors: check no duplicate and no gap, return throughput."""
    registry = env.registry
    stamp = datetime.now().strftime("%H%M%S%f")
    setup = cursor_env(registry)
    with setup.cr:
        org = setup["party.organization"].create(
            {
                "name": f"Bench {stamp}",
                "code": f"B{stamp}",
                "org_type": "grassroots_committee",
            }
        )
        setup["party.term"].create(
            {
                "organization_id": org.id,
                "date_start": date(2025, 1, 1),
                "date_end": date(2029, 12, 31),
            }
        )
        docs = (
            setup["party.document"]
            .with_context(tracking_disable=True)
            .create(
                [
                    {
                        "organization_id": org.id,
                        "type_id": setup.ref("party_docs.document_type_cv").id,
                        "summary": f"Bench {i}",
                        "date": date(2025, 6, 1),
                        "secrecy": "secret" if i % 10 == 0 else "normal",
                        "place": "Hà Nội",
                        "signer_title": "Bí thư",
                        "signer_name": "Nguyễn Văn Hùng",
                        "body": "<p>Nội dung.</p>",
                        "recipient_external": "Lưu Văn phòng",
                    }
                    for i in range(n)
                ]
            )
        )
        docs.write({"state": "signed"})
        org_id, doc_ids = org.id, docs.ids
        setup.cr.commit()
    retries, failures = [], []
    threads = [
        threading.Thread(
            target=issue_worker,
            args=(registry, doc_ids[i::workers], retries, failures),
        )
        for i in range(workers)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - start
    check = cursor_env(registry)
    with check.cr:
        numbers = [
            number
            for number in check["party.document"].browse(doc_ids).mapped("number")
            if number
        ]
        duplicates = len(numbers) - len(set(numbers))
        missing = sorted(set(range(1, max(numbers, default=0) + 1)) - set(numbers))
        check["party.document"].browse(doc_ids).unlink()
        check["party.organization"].browse(org_id).unlink()
        check.cr.commit()
    return {
        "documents": n,
        "workers": workers,
        "seconds": round(elapsed, 3),
        "per_second": round(n / elapsed, 1) if elapsed else None,
        "issued": len(numbers),
        "retries": len(retries),
        "duplicates": duplicates,
        "gaps": len(missing),
        "failures": failures,
    }


def bench_checkin(env, n=500):
    """Check ``n`` invitees in to one meeting through ``party.meeting._check_in``
    (the code behind the QR route); return the time per check-in."""
    registry = env.registry
    stamp = datetime.now().strftime("%H%M%S%f")
    setup = cursor_env(registry)
    with setup.cr:
        org = setup["party.organization"].create(
            {"name": f"Bench {stamp}", "org_type": "grassroots_cell"}
        )
        group = setup.ref("party_org.group_party_member")
        users = (
            setup["res.users"]
            .with_context(no_reset_password=True)
            .create(
                [
                    {
                        "name": f"Bench {stamp} {i}",
                        "login": f"bench_{stamp}_{i}",
                        "groups_id": [(6, 0, group.ids)],
                    }
                    for i in range(n)
                ]
            )
        )
        meeting = setup["party.meeting"].create(
            {
                "organization_id": org.id,
                "kind": "regular",
                "date_start": datetime.now() + timedelta(minutes=5),
                "attendance_ids": [(0, 0, {"user_id": uid}) for uid in users.ids],
            }
        )
        meeting.action_invite()
        user_ids, meeting_id, org_id = users.ids, meeting.id, org.id
        setup.cr.commit()
    timings = []
    run = cursor_env(registry)
    with run.cr:
        for user_id in user_ids:
            start = time.perf_counter()
            user_env = api.Environment(run.cr, user_id, {})
            user_env["party.meeting"].browse(meeting_id)._check_in(user_env.user)
            run.cr.commit()
            timings.append(time.perf_counter() - start)
        present = run["party.meeting.attendance"].search_count(
            [("meeting_id", "=", meeting_id), ("state", "=", "present")]
        )
        run["party.meeting"].browse(meeting_id).unlink()
        run["res.users"].browse(user_ids).unlink()
        run["party.organization"].browse(org_id).unlink()
        run.cr.commit()
    timings.sort()
    return {
        "check_ins": n,
        "present": present,
        "ms_mean": round(1000 * sum(timings) / len(timings), 2),
        "ms_p95": round(1000 * timings[int(0.95 * (len(timings) - 1))], 2),
    }


def document_numbers(env, members):
    """1,000 numbers from 4 concurrent workers: no duplicate, no gap."""
    from .framework import Result

    figures = bench_document_numbers(env, 1000, 4)
    ok = not figures["duplicates"] and not figures["gaps"]
    return Result(
        "document_numbers (1000, 4 workers)",
        figures["seconds"],
        note=(
            f"{figures['per_second']}/s, {figures['retries']} retries, "
            f"{figures['duplicates']} duplicates, {figures['gaps']} gaps"
        ),
        max_seconds=0 if ok else 0.001,  # a duplicate or a gap fails the run
    )


def meeting_checkin(env, members):
    """500 members checked in to one meeting: time per check-in."""
    from .framework import Result

    figures = bench_checkin(env, 500)
    return Result(
        "meeting_checkin (500 members)",
        figures["ms_mean"] / 1000 * figures["check_ins"],
        note=f"{figures['ms_mean']} ms mean, {figures['ms_p95']} ms p95 per check-in",
    )


SCENARIOS = {"document_numbers": document_numbers, "meeting_checkin": meeting_checkin}
