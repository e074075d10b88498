# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmarks of party_portal votes: 300 members present vote on one agenda item
from their phones, each ballot its own transaction, from concurrent workers
with their own cursors (as Odoo's HTTP workers would). The data is committed
in separate cursors and removed afterwards."""

import random
import threading
import time
from datetime import date, datetime, timedelta

from psycopg2 import errors

from odoo import api

from odoo.addons.party_docs.tools.concurrency import cursor_env

CHOICES = ("for", "against", "abstain")
MAX_TRIES = 50


def _setup_vote(registry, n, secret):
    """A cell of ``n`` official members with portal users, all checked in to
    a meeting in session with a vote open on one item; return the ids."""
    stamp = datetime.now().strftime("%H%M%S%f")
    setup = cursor_env(registry)
    with setup.cr:
        env = setup(context={"tracking_disable": True})
        org = env["party.organization"].create(
            {"name": f"Bench vote {stamp}", "org_type": "grassroots_cell"}
        )
        portal = env.ref("base.group_portal")
        users = (
            env["res.users"]
            .with_context(no_reset_password=True)
            .create(
                [
                    {
                        "name": f"Bench vote {stamp} {i}",
                        "login": f"bench_vote_{stamp}_{i}",
                        "groups_id": [(6, 0, portal.ids)],
                    }
                    for i in range(n)
                ]
            )
        )
        members = env["party.member"].create(
            [
                {
                    "name": f"Bench vote {stamp} {i}",
                    "organization_id": org.id,
                    "user_id": user.id,
                }
                for i, user in enumerate(users)
            ]
        )
        members._add_event("admission", date(2015, 3, 2))
        members._add_event("official_recognition", date(2016, 3, 2))
        meeting = env["party.meeting"].create(
            {
                "organization_id": org.id,
                "kind": "regular",
                "date_start": datetime.now() - timedelta(minutes=10),
                "chair_id": members[0].id,
            }
        )
        meeting.write({"state": "invited"})
        meeting.attendance_ids.write(
            {"state": "present", "check_in_time": datetime.now()}
        )
        item = env["party.meeting.agenda"].create(
            {"meeting_id": meeting.id, "name": "Bench vote", "vote_rule": "majority"}
        )
        vote = env["party.meeting.vote"]._party_open(item, secret=secret)
        ids = {
            "org": org.id,
            "users": users.ids,
            "members": members.ids,
            "meeting": meeting.id,
            "item": item.id,
            "vote": vote.id,
        }
        setup.cr.commit()
    return ids


def _vote_worker(registry, vote_id, ballots, timings, retries, failures):
    """Cast each (user id, choice) of ``ballots`` in its own transaction as
    that user, retrying on serialisation failures with a jittered back-off
    as Odoo's request runner does."""
    try:
        env = cursor_env(registry)
        with env.cr:
            for user_id, choice in ballots:
                start = time.perf_counter()
                for attempt in range(MAX_TRIES):
                    try:
                        user_env = api.Environment(env.cr, user_id, {})
                        user_env["party.meeting.vote"].browse(vote_id)._portal_vote(
                            choice
                        )
                        env.cr.commit()
                        break
                    except errors.SerializationFailure:
                        env.cr.rollback()
                        env.transaction.clear()
                        retries.append(user_id)
                        time.sleep(random.uniform(0, 0.005 * min(attempt + 1, 20)))
                else:
                    failures.append(f"user {user_id}: too many retries")
                timings.append(time.perf_counter() - start)
    except Exception as exc:  # reported to the caller's thread
        failures.append(repr(exc))


def bench_meeting_vote(env, n=300, workers=4, secret=True):
    """``n`` members vote on one item from ``workers`` threads; close the
    vote; return the time, the retries and whether the tally is exact."""
    registry = env.registry
    ids = _setup_vote(registry, n, secret)
    ballots = [(uid, CHOICES[i % 3]) for i, uid in enumerate(ids["users"])]
    expected = {
        choice: sum(1 for _u, c in ballots if c == choice) for choice in CHOICES
    }
    timings, retries, failures = [], [], []
    threads = [
        threading.Thread(
            target=_vote_worker,
            args=(
                registry,
                ids["vote"],
                ballots[w::workers],
                timings,
                retries,
                failures,
            ),
        )
        for w in range(workers)
    ]
    start = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - start
    run = cursor_env(registry)
    with run.cr:
        vote = run["party.meeting.vote"].browse(ids["vote"])
        vote._party_close()
        item = run["party.meeting.agenda"].browse(ids["item"])
        tally = {
            "for": item.votes_for,
            "against": item.votes_against,
            "abstain": item.votes_abstain,
        }
        voters = vote.voter_count
        run.cr.commit()
        # Clean up: the meeting (its votes with it), the members, the users.
        run["party.meeting"].browse(ids["meeting"]).unlink()
        run["party.member.event"].search([("member_id", "in", ids["members"])]).unlink()
        run["party.membership.period"].search(
            [("member_id", "in", ids["members"])]
        ).unlink()
        run["party.member"].browse(ids["members"]).unlink()
        run["res.users"].browse(ids["users"]).unlink()
        run["party.organization"].browse(ids["org"]).unlink()
        run.cr.commit()
    timings.sort()
    return {
        "ballots": n,
        "seconds": seconds,
        "voters": voters,
        "tally": tally,
        "exact": tally == expected and voters == n and not failures,
        "retries": len(retries),
        "failures": failures,
        "ms_p95": round(1000 * timings[int(0.95 * (len(timings) - 1))], 2)
        if timings
        else 0,
    }


def meeting_vote(env, members):
    """300 members present vote on one item (secret ballot, 4 workers):
    ≤ 10 s, the tally exact."""
    from .framework import Result

    figures = bench_meeting_vote(env, 300, 4)
    return Result(
        "meeting_vote (300 members, secret)",
        figures["seconds"],
        max_seconds=10.0 if figures["exact"] else 0.001,  # a wrong tally fails
        note=(
            f"tally {figures['tally']} of {figures['voters']} voters, "
            f"{'exact' if figures['exact'] else 'WRONG'}; "
            f"{figures['retries']} retries, {figures['ms_p95']} ms p95 per ballot"
            + (f"; failures: {figures['failures'][:3]}" if figures["failures"] else "")
        ),
    )


SCENARIOS = {"meeting_vote": meeting_vote}
