# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""What the generated members did: fees, meetings, documents, reviews.

Each table is filled by one ``INSERT ... SELECT`` from the membership
timeline (the members billed, invited or reviewed are those the suite's
own rules would pick: in activity in that cell on that day), so the
server does the work and nothing crosses the wire row by row.
"""

from datetime import timedelta

from odoo.tools import SQL

from odoo.addons.party_docs.engine.numbering import format_number_symbol

MONTHS = 12
MEMBERS_PER_DOCUMENT = 100
DOCUMENT_TYPES = ("NQ", "CT", "KL", "TB", "BC", "KH")
IN_ACTIVITY = ("active", "exempt", "hosted")


def _months(today):
    """The first days of the ``MONTHS`` months before ``today``'s month,
    oldest first."""
    year, month = today.year, today.month
    firsts = []
    for _ in range(MONTHS):
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
        firsts.append(today.replace(year=year, month=month, day=1))
    return firsts[::-1]


def _stamp(env):
    return {"uid": env.uid, "now": env.cr.now()}


def insert_fees(env, company, today):
    """A line a month for each member in activity on any day of it (billed
    by the cell where they are hosted, if any, else the last cell of the
    month), mostly paid; the last month has more unpaid lines."""
    env.cr.execute(
        SQL(
            """
        INSERT INTO party_fee_line
            (member_id, company_id, organization_id, month, base_month, base,
             category, base_source, amount_due, amount_paid, state, method, date,
             remitted, create_uid, create_date, write_uid, write_date)
        SELECT member_id, company_id, organization_id, month,
               (month - interval '1 month')::date, base, category,
               CASE WHEN category = 'student' THEN 'none' ELSE 'declared' END,
               due,
               CASE WHEN pay = 'paid' THEN due WHEN pay = 'partial' THEN due / 2
                    ELSE 0 END,
               pay, CASE WHEN pay = 'unpaid' THEN NULL ELSE 'cash' END,
               CASE WHEN pay = 'unpaid' THEN NULL ELSE month + 9 END,
               pay = 'paid' AND month < %(last)s,
               %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM (
            SELECT DISTINCT ON (p.member_id, m.month)
                   p.member_id, p.company_id, p.organization_id, m.month,
                   d.base, d.category, d.due,
                   CASE WHEN mod(p.member_id * 31 + m.n * 7, 100)
                             < CASE WHEN m.month = %(last)s THEN 20 ELSE 3 END
                        THEN 'unpaid'
                        WHEN mod(p.member_id * 17 + m.n, 100) < 2 THEN 'partial'
                        ELSE 'paid' END AS pay
              FROM party_membership_period p
              JOIN bench_member_due d ON d.member_id = p.member_id
              JOIN unnest(%(months)s::date[]) WITH ORDINALITY AS m(month, n)
                ON p.date_start < m.month + interval '1 month'
               AND (p.date_end IS NULL OR p.date_end > m.month)
             WHERE p.company_id = %(company)s AND p.kind IN %(kinds)s
          ORDER BY p.member_id, m.month, p.kind = 'hosted' DESC, p.date_start DESC
          ) AS lines
        """,
            months=_months(today),
            last=_months(today)[-1],
            company=company.id,
            kinds=IN_ACTIVITY,
            **_stamp(env),
        )
    )
    return env.cr.rowcount


def insert_meetings(env, company, today):
    """A regular meeting a month in every cell, held, with the attendance
    of the members in activity there that day; and next month's, invited.
    Return (meetings, attendance lines)."""
    cr = env.cr
    upcoming = (today.replace(day=28) + timedelta(days=4)).replace(day=15)
    days = [month.replace(day=15) for month in _months(today)]
    cr.execute(
        SQL(
            """
        INSERT INTO party_meeting
            (organization_id, company_id, name, kind, state, date_start, date_end,
             create_uid, create_date, write_uid, write_date)
        SELECT o.id, o.company_id,
               'Sinh hoạt chi bộ tháng ' || to_char(d.day, 'MM/YYYY'), 'regular',
               CASE WHEN d.day > %(today)s THEN 'invited' ELSE 'held' END,
               d.day + time '01:00', d.day + time '03:00',
               %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM party_organization o
          CROSS JOIN unnest(%(days)s::date[]) AS d(day)
         WHERE o.company_id = %(company)s AND o.org_type = 'cell'
        """,
            days=[*days, upcoming],
            today=today,
            company=company.id,
            **_stamp(env),
        )
    )
    meetings = cr.rowcount
    cr.execute(
        SQL(
            """
        INSERT INTO party_meeting_attendance
            (meeting_id, organization_id, company_id, member_id, state, check_in_time,
             create_uid, create_date, write_uid, write_date)
        SELECT DISTINCT ON (mt.id, p.member_id)
               mt.id, mt.organization_id, mt.company_id, p.member_id,
               CASE WHEN mt.state = 'invited' THEN 'invited'
                    WHEN p.kind = 'exempt' THEN 'excused'
                    ELSE (ARRAY['present', 'present', 'present', 'present',
                                'present', 'present', 'present', 'present',
                                'present', 'present', 'present', 'present',
                                'present', 'present', 'present', 'present',
                                'late', 'excused', 'excused', 'unexcused'])
                         [1 + mod(p.member_id * 13 + mt.id, 20)] END,
               CASE WHEN mt.state = 'held' AND p.kind <> 'exempt'
                    THEN mt.date_start END,
               %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM party_meeting mt
          JOIN party_membership_period p
            ON p.organization_id = mt.organization_id
           AND p.date_start <= mt.date_start::date
           AND (p.date_end IS NULL OR p.date_end > mt.date_start::date)
           AND p.kind IN %(kinds)s
         WHERE mt.company_id = %(company)s
      ORDER BY mt.id, p.member_id
        """,
            company=company.id,
            kinds=IN_ACTIVITY,
            **_stamp(env),
        )
    )
    attendance = cr.rowcount
    _store_meeting_counts(env, company)
    return meetings, attendance


def _store_meeting_counts(env, company):
    """The meetings' stored counts, by the definitions of party_docs
    (``_compute_attendance_stats``, ``_compute_quorum``) in SQL: present
    includes late; the vote base is the official members in activity there
    plus the exempt ones present; the quorum is more than half of it."""
    env.cr.execute(
        SQL(
            """
        UPDATE party_meeting mt
           SET invited_count = s.invited, present_count = s.present,
               attendance_rate = CASE WHEN s.invited > 0
                   THEN round(100.0 * s.present / s.invited, 2) ELSE 0 END,
               present_voter_count = s.voters,
               vote_base = s.base,
               quorum_reached = 2 * s.voters > s.base
          FROM (
            SELECT a.meeting_id, count(*) AS invited,
                   count(*) FILTER (WHERE a.state IN ('present', 'late')) AS present,
                   count(*) FILTER (WHERE a.state IN ('present', 'late')
                                      AND p.grade = 'official'
                                      AND p.kind IN ('active', 'exempt')) AS voters,
                   count(*) FILTER (WHERE p.grade = 'official'
                                      AND (p.kind = 'active'
                                           OR p.kind = 'exempt'
                                              AND a.state IN ('present', 'late')))
                       AS base
              FROM party_meeting_attendance a
              JOIN party_meeting m ON m.id = a.meeting_id
              JOIN party_membership_period p
                ON p.member_id = a.member_id
               AND p.organization_id = a.organization_id
               AND p.date_start <= m.date_start::date
               AND (p.date_end IS NULL OR p.date_end > m.date_start::date)
             WHERE a.company_id = %(company)s
          GROUP BY a.meeting_id
          ) AS s
         WHERE mt.id = s.meeting_id
        """,
            company=company.id,
        )
    )


def insert_documents(env, company, members, today):
    """Issued outgoing documents of the committee and its sub-committees,
    numbered per register; the registers' counters continue after them.
    Return the number of documents."""
    cr = env.cr
    cr.execute(
        SQL(
            """SELECT id, code FROM party_organization
                WHERE company_id = %s AND org_type IN
                      ('grassroots_committee', 'sub_committee') ORDER BY id""",
            company.id,
        )
    )
    issuers = cr.fetchall()
    types = env["party.document.type"].search([("abbreviation", "in", DOCUMENT_TYPES)])
    rows, counters = [], {}
    for index in range(max(1, members // MEMBERS_PER_DOCUMENT)):
        org_id, code = issuers[index % len(issuers)]
        doc_type = types[index % len(types)]
        number = counters[org_id, doc_type.id] = (
            counters.get((org_id, doc_type.id), 0) + 1
        )
        rows.append(
            (
                org_id,
                doc_type.id,
                number,
                format_number_symbol(number, doc_type.abbreviation, code),
                f"{doc_type.name} số {number} của cấp ủy",
                "confidential" if index % 20 == 0 else "normal",
                today.replace(day=1) - timedelta(days=index % 700),
            )
        )
    cr.execute(
        SQL(
            """
        INSERT INTO party_document
            (organization_id, company_id, type_id, number, number_symbol, summary,
             secrecy, date, direction, urgency, state, signature_state,
             verification_state, is_overdue, study_required, body,
             create_uid, create_date, write_uid, write_date)
        SELECT r.org, %(company)s, r.type, r.number, r.symbol, r.summary, r.secrecy,
               r.day, 'outgoing', 'normal', 'issued', 'unsigned', 'not_checked',
               false, false, '<p>' || r.summary || '</p>',
               %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM unnest(%(orgs)s::int[], %(types)s::int[], %(numbers)s::int[],
                      %(symbols)s::varchar[], %(summaries)s::varchar[],
                      %(secrecies)s::varchar[], %(days)s::date[])
               AS r(org, type, number, symbol, summary, secrecy, day)
        """,
            company=company.id,
            orgs=[r[0] for r in rows],
            types=[r[1] for r in rows],
            numbers=[r[2] for r in rows],
            symbols=[r[3] for r in rows],
            summaries=[r[4] for r in rows],
            secrecies=[r[5] for r in rows],
            days=[r[6] for r in rows],
            **_stamp(env),
        )
    )
    cr.execute(
        SQL(
            """
        INSERT INTO party_document_counter
            (organization_id, register, type_id, year, last_number,
             create_uid, create_date, write_uid, write_date)
        SELECT org, 'outgoing', type, 0, last, %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM unnest(%(orgs)s::int[], %(types)s::int[], %(lasts)s::int[])
               AS c(org, type, last)
        """,
            orgs=[key[0] for key in counters],
            types=[key[1] for key in counters],
            lasts=list(counters.values()),
            **_stamp(env),
        )
    )
    return len(rows)


def insert_reviews(env, company, today):
    """Last year's annual review, approved, for every official member
    registered on 31 December. Return the number of reviews."""
    year = today.year - 1
    env.cr.execute(
        SQL(
            """
        INSERT INTO party_evaluation
            (member_id, organization_id, company_id, year, state, total, self_total,
             grade, self_grade, proposed_grade, approved_grade,
             create_uid, create_date, write_uid, write_date)
        SELECT DISTINCT ON (p.member_id)
               p.member_id, p.organization_id, p.company_id, %(year)s, 'approved',
               r.total, r.total, r.grade, r.grade, r.grade, r.grade,
               %(uid)s, %(now)s, %(uid)s, %(now)s
          FROM party_membership_period p
          CROSS JOIN LATERAL (
            SELECT 55 + mod(p.member_id, 45) AS total,
                   CASE WHEN mod(p.member_id, 100) < 15 THEN 'excellent'
                        WHEN mod(p.member_id, 100) < 85 THEN 'good'
                        WHEN mod(p.member_id, 100) < 97 THEN 'completed'
                        ELSE 'not_completed' END AS grade
          ) AS r
         WHERE p.company_id = %(company)s AND p.grade = 'official'
           AND p.kind IN ('active', 'exempt', 'away')
           AND p.date_start <= %(day)s
           AND (p.date_end IS NULL OR p.date_end > %(day)s)
      ORDER BY p.member_id, p.kind
        """,
            year=year,
            day=today.replace(year=year, month=12, day=31),
            company=company.id,
            **_stamp(env),
        )
    )
    return env.cr.rowcount
