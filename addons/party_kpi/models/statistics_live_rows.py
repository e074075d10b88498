# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The SQL of the member statistics rows computed live as of a day
(party.member.statistics, Hướng dẫn 11-HD/BTCTW), from the membership
timeline and the year's events."""

from odoo.tools import SQL

from odoo.addons.party_member.engine import timeline

EXIT_EVENTS = ("transfer_out", "removal", "expulsion", "leave", "death")
ADMISSION_EVENTS = ("admission", "readmission")
# Event in the year → count column of the rows
KIND_COUNTS = {
    "admission": "new_admission_count",
    "readmission": "readmission_count",
    "transfer_in": "transfer_in_count",
    "transfer_out": "transfer_out_count",
    "removal": "removal_count",
    "expulsion": "expulsion_count",
    "leave": "leave_count",
    "death": "death_count",
}


def live_rows(day, company_ids=None):
    """The rows as of ``day`` for ``company_ids`` (None: every company). The
    date and the companies are constants of the query, so the planner knows
    how many rows each step gives (it estimated 24,000 registered members
    for 914,000 when they came from a setting, and sorted them all)."""
    year_start = day.replace(month=1, day=1)

    def of_companies(alias):
        if company_ids is None:
            return SQL("TRUE")
        return SQL("%s.company_id IN %s", SQL.identifier(alias), tuple(company_ids))

    return SQL(
        """
        WITH moves AS (
            -- Days of the year a member moved between two cells of
            -- the committee.
            SELECT DISTINCT e.member_id, e.date
            FROM party_member_event e
            WHERE e.event_type = 'transfer_out'
                AND e.to_organization_id IS NOT NULL
                AND e.date BETWEEN %(year_start)s AND %(day)s
                AND %(event_companies)s
        ), flows AS (
            -- Entries and exits of the enterprise's committee in the
            -- year; a move between two of its cells is neither.
            SELECT e.member_id,
                COUNT(*) FILTER (WHERE e.event_type IN %(admissions)s)
                    AS admissions,
                COUNT(*) FILTER (WHERE e.event_type IN %(exits)s) AS exits,
                %(kind_counts)s
            FROM party_member_event e
            LEFT JOIN moves mv ON e.event_type = 'transfer_in'
                AND mv.member_id = e.member_id AND mv.date = e.date
            WHERE e.date BETWEEN %(year_start)s AND %(day)s
                AND %(event_companies)s
                AND e.event_type IN %(flow_events)s
                AND NOT (e.event_type = 'transfer_out'
                    AND e.to_organization_id IS NOT NULL)
                AND mv.member_id IS NULL
            GROUP BY e.member_id
        ), last_place AS (
            -- Where those who entered or left during the year last
            -- were registered (read for those not registered on the day).
            SELECT DISTINCT ON (mp.member_id)
                mp.member_id, mp.organization_id, mp.grade
            FROM party_membership_period mp
            WHERE mp.member_id IN (SELECT member_id FROM flows)
                AND mp.kind IN %(registered)s AND mp.date_start <= %(day)s
            ORDER BY mp.member_id, mp.date_start DESC, mp.id DESC
        )
        SELECT
            m.id AS id,
            m.id AS member_id,
            m.company_id,
            COALESCE(m.place_organization_id, m.organization_id)
                AS organization_id,
            %(day)s AS statistics_date,
            m.sex,
            CASE
                WHEN m.birth_date IS NULL THEN 'unknown'
                WHEN a.years <= 30 THEN '18_30'
                WHEN a.years <= 40 THEN '31_40'
                WHEN a.years <= 50 THEN '41_50'
                WHEN a.years <= 60 THEN '51_60'
                WHEN a.years <= 70 THEN '61_70'
                WHEN a.years <= 80 THEN '71_80'
                ELSE '81_plus'
            END AS age_band,
            m.ethnicity_id,
            CASE WHEN m.is_member = 1 AND eth.code IS NOT NULL AND eth.code != '01'
                THEN 1 ELSE 0 END AS ethnic_minority_count,
            m.religion_id,
            CASE WHEN m.is_member = 1 AND rel.code IS NOT NULL
                AND rel.code != 'none'
                THEN 1 ELSE 0 END AS religious_count,
            m.general_education,
            m.professional_qualification,
            m.political_theory_level,
            m.occupation,
            m.counted_grade AS member_grade,
            m.is_member AS member_count,
            CASE WHEN m.is_member = 1 AND m.sex = 'female' THEN 1 ELSE 0 END
                AS female_count,
            CASE WHEN m.is_member = 1 AND m.counted_grade = 'probationary'
                THEN 1 ELSE 0 END AS probationary_count,
            m.admissions AS admission_count,
            m.admissions + m.transfer_in_n AS entry_count,
            m.exits AS exit_count,
            %(kind_columns)s
        FROM (
            -- Each member with where they were registered on the day
            -- (the membership timeline, never the events: one
            -- registered period at a time) and their entries and exits
            -- of the year: one row per member, in hash joins from the
            -- members (no union, no sort of the million periods).
            SELECT m.*,
                COALESCE(mp.organization_id, lp.organization_id)
                    AS place_organization_id,
                CASE WHEN mp.id IS NULL THEN 0 ELSE 1 END AS is_member,
                COALESCE(mp.grade, lp.grade, 'probationary') AS counted_grade,
                COALESCE(f.admissions, 0) AS admissions,
                COALESCE(f.exits, 0) AS exits,
                %(kind_coalesce)s
            FROM party_member m
            LEFT JOIN party_membership_period mp
                ON mp.member_id = m.id AND %(registered_on_day)s
            LEFT JOIN flows f ON f.member_id = m.id
            LEFT JOIN last_place lp
                ON mp.id IS NULL AND lp.member_id = f.member_id
        ) m
        -- Whole years of age on the day, from the dates as YYYYMMDD
        -- numbers (age() per band cost seconds at a million rows).
        CROSS JOIN LATERAL (
            SELECT (%(day_number)s - (date_part('year', m.birth_date) * 10000
                + date_part('month', m.birth_date) * 100
                + date_part('day', m.birth_date))::int) / 10000 AS years
        ) a
        LEFT JOIN party_ethnicity eth ON eth.id = m.ethnicity_id
        LEFT JOIN party_religion rel ON rel.id = m.religion_id
        WHERE m.is_member = 1 OR m.admissions > 0 OR m.exits > 0
            OR m.transfer_in_n > 0""",
        day=day,
        year_start=year_start,
        day_number=day.year * 10000 + day.month * 100 + day.day,
        event_companies=of_companies("e"),
        registered_on_day=SQL(
            """mp.kind IN %s AND mp.date_start <= %s
               AND (mp.date_end IS NULL OR mp.date_end > %s) AND %s""",
            tuple(timeline.REGISTERED_KINDS),
            day,
            day,
            of_companies("mp"),
        ),
        registered=tuple(timeline.REGISTERED_KINDS),
        exits=EXIT_EVENTS,
        admissions=ADMISSION_EVENTS,
        flow_events=tuple(KIND_COUNTS),
        kind_counts=SQL(",\n").join(
            SQL(
                "COUNT(*) FILTER (WHERE e.event_type = %s) AS %s",
                event_type,
                SQL.identifier(f"{event_type}_n"),
            )
            for event_type in KIND_COUNTS
        ),
        kind_coalesce=SQL(",\n").join(
            SQL(
                "COALESCE(f.%s, 0) AS %s",
                SQL.identifier(f"{event_type}_n"),
                SQL.identifier(f"{event_type}_n"),
            )
            for event_type in KIND_COUNTS
        ),
        kind_columns=SQL(",\n").join(
            SQL(
                "m.%s AS %s",
                SQL.identifier(f"{event_type}_n"),
                SQL.identifier(column),
            )
            for event_type, column in KIND_COUNTS.items()
        ),
    )
