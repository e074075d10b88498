# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party_member scenarios: card printing, badge eligibility, fee generation.

The members are inserted with SQL (no employees, no ORM overhead): the
scenarios time the features, not the set-up. Each runs in a transaction
that the runner rolls back.
"""

import random
from datetime import date, timedelta

from psycopg2.extras import execute_values

from .framework import Result, measure
from .generate import generated_company, person_name

CARDS_TO_PRINT = 1000
OCCASION = date(2026, 2, 3)


def _company_and_cell(env, label):
    company = env["res.company"].create({"name": f"Bench {label}"})
    Org = env["party.organization"].with_context(tracking_disable=True)
    top = Org.create(
        {
            "name": f"{label} committee",
            "org_type": "grassroots_committee",
            "company_id": company.id,
        }
    )
    cells = Org.create(
        [
            {
                "name": f"{label} cell {i}",
                "org_type": "cell",
                "parent_id": top.id,
                "company_id": company.id,
            }
            for i in range(20)
        ]
    )
    env.flush_all()
    return company, top, cells


def _insert_members(env, count, company, cells, seed=7):
    """Insert ``count`` official members with SQL; return their ids."""
    rng = random.Random(seed)
    now = env.cr.now()
    uid = env.uid
    rows = []
    for i in range(count):
        admitted = date(1960, 1, 1) + timedelta(days=rng.randrange(0, 66 * 365))
        rows.append(
            (
                person_name(rng).upper(),
                company.id,
                cells[i % len(cells)].id,
                "official",
                admitted,
                admitted + timedelta(days=365),
                date(1930, 1, 1) + timedelta(days=rng.randrange(0, 60 * 365)),
                rng.choice(("wage_earner",) * 8 + ("pensioner", "student")),
                rng.randrange(4_000_000, 40_000_000),
                True,
                "none",
                "none",
                uid,
                now,
                uid,
                now,
            )
        )
    ids = execute_values(
        env.cr._obj,
        """INSERT INTO party_member
               (name, company_id, organization_id, state, admission_decision_date,
                official_date, birth_date, fee_category, fee_base, active,
                political_theory_level, state_management_level,
                create_uid, create_date, write_uid, write_date)
           VALUES %s RETURNING id""",
        rows,
        page_size=5000,
        fetch=True,
    )
    return [row[0] for row in ids]


def _insert_admissions(env, member_ids):
    """The admission and recognition events of the inserted members, and
    their membership timeline (as the ORM writes it after a history change)."""
    env.cr.execute(
        """INSERT INTO party_member_event
               (member_id, company_id, event_type, date, to_organization_id,
                create_uid, create_date, write_uid, write_date)
           SELECT id, company_id, 'admission', admission_decision_date,
                  organization_id, create_uid, create_date, write_uid, write_date
             FROM party_member WHERE id = ANY(%(ids)s)
           UNION ALL
           SELECT id, company_id, 'official_recognition', official_date, NULL,
                  create_uid, create_date, write_uid, write_date
             FROM party_member WHERE id = ANY(%(ids)s)""",
        {"ids": member_ids},
    )


def _sync_timeline(env, member_ids):
    env["party.membership.period"]._sync_members(env["party.member"].browse(member_ids))
    env.cr.execute("ANALYZE party_member, party_member_event, party_membership_period")


def _insert_histories(env, member_ids, seed=11):
    """Gaps for 1 in 5, reprimands for 1 in 50, awards for 1 in 20."""
    rng = random.Random(seed)
    now = env.cr.now()
    uid = env.uid
    events, disciplines, awards = [], [], []
    decision = env["party.decision"].create(
        {"name": "1-QĐ/BENCH", "issuer_text": "Bench", "decision_type": "discipline"}
    )
    env.cr.execute(
        "SELECT id, official_date FROM party_member WHERE id = ANY(%s)", [member_ids]
    )
    official = dict(env.cr.fetchall())
    for index, member_id in enumerate(member_ids):
        left = date(2000, 1, 1) + timedelta(days=rng.randrange(0, 3000))
        if index % 5 == 0 and official[member_id] < left:
            events.append((member_id, "removal", left, uid, now, uid, now))
            events.append(
                (
                    member_id,
                    "readmission",
                    left + timedelta(days=1200),
                    uid,
                    now,
                    uid,
                    now,
                )
            )
        if index % 50 == 0:
            disciplines.append(
                (
                    member_id,
                    decision.id,
                    "reprimand",
                    "grassroots",
                    date(2025, 1, 1) + timedelta(days=rng.randrange(0, 400)),
                    uid,
                    now,
                    uid,
                    now,
                )
            )
        if index % 20 == 0:
            awards.append(
                (member_id, 30, date(2020, 2, 3), "awarded", uid, now, uid, now)
            )
    cr = env.cr._obj
    execute_values(
        cr,
        "INSERT INTO party_member_event (member_id, event_type, date, create_uid,"
        " create_date, write_uid, write_date) VALUES %s",
        events,
        page_size=5000,
    )
    execute_values(
        cr,
        "INSERT INTO party_discipline (member_id, decision_id, form, level, date,"
        " create_uid, create_date, write_uid, write_date) VALUES %s",
        disciplines,
        page_size=5000,
    )
    execute_values(
        cr,
        "INSERT INTO party_badge_award (member_id, milestone, occasion_date, state,"
        " create_uid, create_date, write_uid, write_date) VALUES %s",
        awards,
        page_size=5000,
    )


def _create_cards(env, member_ids):
    """Issue cards through the ORM, as the office does (the QR code is
    computed once, at issue), each on its member's official date: a card is
    never dated before it (Hướng dẫn 12-HD/BTCTW)."""
    members = env["party.member"].browse(member_ids)
    official = dict(zip(members.ids, members.mapped("official_date"), strict=True))
    return env["party.card"].create(
        [
            {
                "member_id": member_id,
                "number": f"{90000000 + i:08d}",
                "issue_date": official[member_id] or date(2024, 2, 1),
                "issuer_name": "Đảng ủy Khối Doanh nghiệp Trung ương",
            }
            for i, member_id in enumerate(member_ids)
        ]
    )


def _generated_top(env, members):
    """The committee of the generated dataset of ``members`` members, or an
    empty recordset (the scenario then builds its own members)."""
    company = generated_company(env, members)
    return (
        env["party.organization"].search(
            [("company_id", "=", company.id), ("parent_id", "=", False)], limit=1
        )
        if company
        else env["party.organization"]
    )


def cards_print(env, members):
    """Print 1,000 cards with reportlab against the same cards through QWeb
    and wkhtmltopdf."""
    company, _top, cells = _company_and_cell(env, "cards")
    member_ids = _insert_members(env, CARDS_TO_PRINT, company, cells)
    env.invalidate_all()
    cards = _create_cards(env, member_ids)
    env.flush_all()
    env.invalidate_all()
    report = env.ref("party_card.party_card_report")
    sheets = env.ref("party_card.party_card_sheet_report")

    def qweb():
        return report._render_qweb_pdf(report.report_name, cards.ids)[0]

    def reportlab():
        return sheets._render_qweb_pdf(sheets.report_name, cards.ids)[0]

    _pdf, baseline, _q = measure(env, qweb)
    env.invalidate_all()
    _action, seconds, queries = measure(env, reportlab)
    return Result(
        f"cards_print ({len(cards)} cards)",
        seconds,
        queries,
        baseline="QWeb + wkhtmltopdf",
        baseline_seconds=baseline,
        max_ratio=0.2,
        max_seconds=10,
    )


def badge_eligibility(env, members):
    """Badge eligibility for one occasion over ``members`` members."""
    top = _generated_top(env, members)
    if not top:
        company, top, cells = _company_and_cell(env, "badge")
        member_ids = _insert_members(env, members, company, cells)
        _insert_admissions(env, member_ids)
        _insert_histories(env, member_ids)
        _sync_timeline(env, member_ids)
        env.invalidate_all()
    Award = env["party.badge.award"]
    Award._get_badge_rules()  # parameters cached, as in a running server
    eligible, seconds, queries = measure(env, Award._get_eligible, OCCASION, top)
    return Result(
        f"badge_eligibility ({members} members)",
        seconds,
        queries,
        max_seconds=2,
        note=f"{len(eligible)} eligible",
    )


def fee_generation(env, members):
    """Generate one month of party fees for ``members`` members."""
    top = _generated_top(env, members)
    # The generated dataset holds the 12 months before this one.
    month = date.today().replace(day=1) if top else date(2026, 3, 1)
    if not top:
        company, top, cells = _company_and_cell(env, "fees")
        member_ids = _insert_members(env, members, company, cells)
        _insert_admissions(env, member_ids)
        _sync_timeline(env, member_ids)
        env.invalidate_all()
    Line = env["party.fee.line"]
    created, seconds, queries = measure(env, Line._generate, month, top)
    again, seconds_again, _q = measure(env, Line._generate, month, top)
    return Result(
        f"fee_generation ({members} members)",
        seconds,
        queries,
        max_seconds=20,
        note=f"{created} lines, rerun {again} new in {seconds_again:.2f} s",
    )


SCENARIOS = {
    "cards_print": cards_print,
    "badge_eligibility": badge_eligibility,
    "fee_generation": fee_generation,
}
