# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Benchmark scenarios of party_member, called by the bench framework.

``bench_party_age(env, n)``: create ``n`` members with a history (every
fifth one left and was readmitted), then time the compute of their
``party_age`` field and of ``party.member._get_party_ages()`` and count
their queries. Returns a dict of figures; the caller
owns the transaction (roll it back afterwards).
"""

import time
from datetime import date


def _create_members(env, n):
    org = env["party.organization"].create(
        {"name": "Bench committee", "org_type": "grassroots_committee"}
    )
    cell = env["party.organization"].create(
        {"name": "Bench cell", "org_type": "cell", "parent_id": org.id}
    )
    members = env["party.member"].create(
        [
            {
                "name": f"BENCH MEMBER {i}",
                "organization_id": cell.id,
                "admission_decision_date": date(1980 + i % 40, 1 + i % 12, 1 + i % 28),
            }
            for i in range(n)
        ]
    )
    events = []
    for i, member in enumerate(members):
        admitted = member.admission_decision_date
        events.append(
            {"member_id": member.id, "event_type": "admission", "date": admitted}
        )
        events.append(
            {
                "member_id": member.id,
                "event_type": "official_recognition",
                "date": admitted.replace(year=admitted.year + 1),
            }
        )
        if i % 5 == 0:
            events.append(
                {
                    "member_id": member.id,
                    "event_type": "leave",
                    "date": date(2021, 1, 1),
                }
            )
            events.append(
                {
                    "member_id": member.id,
                    "event_type": "readmission",
                    "date": date(2024, 6, 1),
                }
            )
    env["party.member.event"].create(events)
    env.flush_all()
    return members


def bench_party_age(env, n, members=None):
    """Time the party age of ``n`` members (``members`` when given, else
    created here); figures: seconds and queries."""
    members = members if members is not None else _create_members(env, n)
    members = members.with_context(party_age_date=date(2026, 1, 1))
    members.invalidate_model()
    queries_before = env.cr.sql_log_count
    start = time.perf_counter()
    members.mapped("party_age")
    seconds = time.perf_counter() - start
    queries = env.cr.sql_log_count - queries_before
    # The same through the batch API, in one go whatever n (the field above
    # is computed per ORM prefetch batch of 1,000 records).
    members.invalidate_model()
    queries_before = env.cr.sql_log_count
    start = time.perf_counter()
    members._get_party_ages()
    return {
        "members": n,
        "seconds": round(seconds, 3),
        "queries": queries,
        "api_seconds": round(time.perf_counter() - start, 3),
        "api_queries": env.cr.sql_log_count - queries_before,
    }


def party_age(env, members):
    """The party age of N members (target ≤ 1 s, queries not growing with N);
    the baseline is the same members' party age at a tenth of the scale,
    to show the query count does not grow."""
    from .framework import Result
    from .generate import generated_company

    company = generated_company(env, members)
    if company:
        generated = env["party.member"].search([("company_id", "=", company.id)])
        figures = bench_party_age(env, members, generated)
        small = bench_party_age(env, members // 10, generated[: members // 10])
    else:
        figures = bench_party_age(env, members)
        small = bench_party_age(env, max(10, members // 10))
    return Result(
        f"party_age ({members} members)",
        figures["api_seconds"],
        figures["api_queries"],
        # 1 s for 10,000 members; the engine is linear, the queries constant.
        max_seconds=max(1.0, members / 10_000),
        note=(
            f"field compute {figures['seconds']} s/{figures['queries']} queries; "
            f"at {small['members']} members: {small['api_queries']} queries"
        ),
    )


SCENARIOS = {"party_age": party_age}
