# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What a person waits for in the web client (issue 13): the JSON-RPC calls
the browser sends, through Odoo's WSGI application in this process
(bench/webclient_rpc.py), as the bench's party-office user
(bench/webclient_user.py), built from the members menu's action and views
(bench/webclient_views.py). Each figure is the p95 of ``RUNS`` runs of the
action's calls, sent one after the other (server time; no network, no
browser), after one warm-up run.

- ``webclient_members_list``: the members menu opened on its list view:
  ``web_search_read`` of the first page (the list view's fields, the
  action's ``search_default_in_party`` filter, the model's order) and the
  organisation search panel's ``search_panel_select_range`` with its
  counters. Target ≤ 200 ms.
- ``webclient_name_search``: "nguyen van an" typed in the search bar
  (the name field's ``filter_domain``), the first page. Target ≤ 200 ms.
- ``webclient_group_by``, ``webclient_group_by_state``: the list grouped
  by organisation, by state (``web_read_group``). Target ≤ 500 ms each.
- ``webclient_statistics_closed`` / ``_live``: the member statistics pivot
  by age band and sex (its ``read_group`` calls: totals, columns, rows,
  cells) as of 31/12 of the generated year, closed (target ≤ 500 ms) or
  computed live (the statistics' own target, ≤ 5 s).
- ``webclient_member_form``: a member's form with its history
  (``web_read`` with the form view's specification). Target ≤ 150 ms.

The calls read as the user does, so they write the member access log
(Law 91/2025) as the user's reads do.

Measured 2026-12-05 on the 2 shared cores with other agents running (load
6 to 7 for the "after" figures, 7 to 14 for the "before" ones: a quiet
machine gives less), p95 in ms, before → after this branch's indexes and
access-log rule (10k: the old generator with SQL histories; 100k, 1M: the
COPY generator; 1M: after only):

====================  ============  =============  ===========  ======
scenario              10k           100k           1M           target
====================  ============  =============  ===========  ======
members_list          1027 → 120    7544 → 760     5614         200
  web_search_read     107 → 63      235 → 62       81
  search panel        730 → 47      6389 → 399     4280
name_search           88 → 52       701 → 79       5204 → 267   200
group_by (6 calls)    2315 → 828    32048 → 6315   111696 (1)   500
  2 web_read_group    1198 → 67     14170 → 306    4310 (1)
  4 pivot read_group  781 → 499     14068 → 5152   114084 (1)
member_form           95 → 78       466 → 109      97           150
====================  ============  =============  ===========  ======

(Per-call figures are medians. 1M name search: 5204 with the trigram
indexes alone, 267 with the finer name statistics. (1): one run, load 12.)

Later the same day on a new machine (1M, load 1): members_list 53 ms p95
(the panel 9 ms: party.organization.panel.mixin answers "Too many items"
without counting); the statistics pivot, now by age band and sex, 1,734
ms p95 on a closed date (``webclient_statistics_closed``) and 9,163 ms
live (``webclient_statistics_live``); group_by's two web_read_group 1,518.
In the evening (the statistics rows as a ``_table_query``, load 1 to 2):
grouped by organisation 507 ms median, 542 ms p95 (701 ms before a vacuum
after an import), then 351 to 368 ms median, 382 to 397 ms p95 with the
pager's total counted in PostgreSQL (party.grouped.list.mixin); by state
115 to 174 ms; the closed pivot 0.46 to 0.70 s p95. Late in the evening
(members with realistic texts; a grouped read of closed statistics kept
once read, statistics_closed_groups.py): the closed pivot 22 to 25 ms p95,
its first run 0.76 s; the live pivot about 10 s (a benchmark beside it).

What stayed over before that: the organisation search panel counts every member of
the list by organisation (1.85 s at 1M) and, above 200 organisations,
then answers "Too many items"; grouping by organisation sorts every
member by the organisation's name before counting (Odoo's query, 3.6 s at
1M); the statistics pivot recomputes the 11-HD/BTCTW view (every
member's timeline) for each of its four calls.
"""

import os

from odoo.addons.party_docs.tools.concurrency import cursor_env

from .framework import Result
from .webclient_rpc import WebClient, p95
from .webclient_user import ensure_office_user
from .webclient_views import ActionViews

RUNS = int(os.environ.get("BENCH_WEBCLIENT_RUNS", 30))
# Seconds of runs after which a scenario stops repeating (at least 3 runs):
# the statistics pivot takes a minute a run at a million members.
BUDGET = float(os.environ.get("BENCH_WEBCLIENT_BUDGET", 60))
MEMBERS_ACTION = "party_member.party_member_action"
STATISTICS_ACTION = "party_kpi.party_member_statistics_action"
PAGE = 80  # the list view's default page
SEARCH_PANEL_LIMIT = 200  # the search panel's default category limit
NAME_TYPED = "nguyen van an"
# The statistics as of the end of the generated year (bench/generate.py).
STATISTICS_DAY = "2025-12-31"


def _client(env, members):
    login, password, _company = ensure_office_user(env.registry, members)
    return WebClient(env.cr.dbname, login, password)


def _list_page(views, domain):
    return (
        views.model,
        "web_search_read",
        [],
        {
            "domain": domain,
            "specification": views.spec("list"),
            "offset": 0,
            "order": "",
            "limit": PAGE,
            "count_limit": 10001,
            "context": views.call_context(),
        },
    )


def _search_panel(views, domain):
    return (
        views.model,
        "search_panel_select_range",
        ["organization_id"],
        {
            "category_domain": [],
            "enable_counters": True,
            "expand": False,
            "filter_domain": [],
            "hierarchize": True,
            "limit": SEARCH_PANEL_LIMIT,
            "search_domain": domain,
            "context": views.context,
        },
    )


def _group_by(views, domain, field):
    return (
        views.model,
        "web_read_group",
        [],
        {
            "domain": domain,
            "fields": [],
            "groupby": [field],
            "orderby": "",
            "lazy": True,
            "offset": 0,
            "limit": PAGE,
            "context": views.context,
        },
    )


def _pivot(views):
    """The pivot view's first load: one ``read_group`` per pair of row and
    column group-by prefixes, with the arch's measures."""
    arch = views.archs["pivot"]
    rows = [f.get("name") for f in arch.iter("field") if f.get("type") == "row"]
    cols = [f.get("name") for f in arch.iter("field") if f.get("type") == "col"]
    measures = [
        f"{f.get('name')}:{views.fields[views.model][f.get('name')]['aggregator']}"
        for f in arch.iter("field")
        if f.get("type") == "measure"
    ]
    domain = views.default_domain()
    return [
        (
            views.model,
            "read_group",
            [],
            {
                "domain": domain,
                "fields": measures,
                "groupby": rows[:r] + cols[:c],
                "lazy": False,
                "context": views.context,
            },
        )
        for r in range(len(rows) + 1)
        for c in range(len(cols) + 1)
    ]


def _result(name, members, client, calls, target):
    timing = client.timed(RUNS, calls, BUDGET)
    times = timing.times
    slow_ms, slow_sql = timing.slowest_query()
    each = ", ".join(
        f"{call[1]} {timing.median_ms(index):.0f}" for index, call in enumerate(calls)
    )
    return Result(
        f"{name} ({members} members)",
        p95(times),
        len(timing.queries),
        max_seconds=target,
        note=(
            f"p95 of {len(times)} runs of {len(calls)} call(s), median "
            f"{times[len(times) // 2] * 1000:.0f} ms; ms each (median): {each}; "
            f"first run {timing.first * 1000:.0f} ms"
        ),
        details=(f"slowest query {slow_ms:.1f} ms: {slow_sql}",),
    ), timing.result


def webclient_members_list(env, members):
    client = _client(env, members)
    views = ActionViews(client, MEMBERS_ACTION)
    domain = views.default_domain()
    calls = [_list_page(views, domain), _search_panel(views, domain)]
    result, (page, _panel) = _result(
        "webclient_members_list",
        members,
        client,
        calls,
        0.200,
    )
    result.note += f"; {page['length']} members in the list"
    return result


def webclient_name_search(env, members):
    client = _client(env, members)
    views = ActionViews(client, MEMBERS_ACTION)
    domain = views.default_domain() + views.filter_domain("name", NAME_TYPED)
    calls = [_list_page(views, domain)]
    result, (page,) = _result("webclient_name_search", members, client, calls, 0.200)
    names = sorted({record["name"] for record in page["records"]})[:2]
    result.note += f"; '{NAME_TYPED}' found {page['length']}, e.g. {names}"
    return result


def _grouped(env, members, field, name):
    client = _client(env, members)
    views = ActionViews(client, MEMBERS_ACTION)
    calls = [_group_by(views, views.default_domain(), views.group_by_filters()[field])]
    result, _r = _result(name, members, client, calls, 0.500)
    return result


def webclient_group_by(env, members):
    return _grouped(env, members, "group_organization", "webclient_group_by")


def webclient_group_by_state(env, members):
    return _grouped(env, members, "group_state", "webclient_group_by_state")


def webclient_member_form(env, members):
    client = _client(env, members)
    views = ActionViews(client, MEMBERS_ACTION)
    page = client.call(
        views.model,
        "web_search_read",
        domain=views.default_domain(),
        specification={},
        limit=1,
        context=views.context,
    )
    if not page["records"]:
        raise RuntimeError("no member in the party: generate the dataset first")
    member_id = page["records"][0]["id"]
    calls = [
        (
            views.model,
            "web_read",
            [[member_id]],
            {"specification": views.spec("form"), "context": views.call_context()},
        )
    ]
    result, ((record,),) = _result(
        "webclient_member_form", members, client, calls, 0.150
    )
    result.note += f"; {len(record.get('event_ids', []))} events in its history"
    return result


def _statistics_closed(env, members, closed):
    """Close (or reopen) the statistics of the bench user's company as of
    STATISTICS_DAY, committed; return the client."""
    login, password, company_id = ensure_office_user(env.registry, members)
    committed = cursor_env(env.registry)
    with committed.cr:
        Closing = committed["party.statistics.closing"]
        closing = Closing.search(
            [("company_id", "=", company_id), ("statistics_date", "=", STATISTICS_DAY)]
        )
        if closed and not closing:
            Closing.create(
                {"company_id": company_id, "statistics_date": STATISTICS_DAY}
            )
        elif not closed:
            closing.unlink()
        committed.cr.commit()
    return WebClient(env.cr.dbname, login, password)


def _statistics_pivot_calls(client):
    """The pivot the statistics wizard opens as of STATISTICS_DAY."""
    stats = ActionViews(client, STATISTICS_ACTION, ("pivot", "search"))
    stats.context = {**stats.context, "statistics_date": STATISTICS_DAY}
    return _pivot(stats)


def _statistics_pivot(env, members, closed, target):
    client = _statistics_closed(env, members, closed=closed)
    name = f"webclient_statistics_{'closed' if closed else 'live'}"
    result, _r = _result(name, members, client, _statistics_pivot_calls(client), target)
    return result


def webclient_statistics_live(env, members):
    # the statistics' own target (issue 13): computed from the histories
    return _statistics_pivot(env, members, closed=False, target=5.0)


def webclient_statistics_closed(env, members):
    return _statistics_pivot(env, members, closed=True, target=0.500)  # pivot


SCENARIOS = {
    "webclient_members_list": webclient_members_list,
    "webclient_name_search": webclient_name_search,
    "webclient_group_by": webclient_group_by,
    "webclient_group_by_state": webclient_group_by_state,
    "webclient_member_form": webclient_member_form,
    "webclient_statistics_live": webclient_statistics_live,
    "webclient_statistics_closed": webclient_statistics_closed,
}
