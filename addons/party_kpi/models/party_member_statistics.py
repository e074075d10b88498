# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models, tools
from odoo.tools import SQL, sql

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_member.models.party_member import SEXES, THEORY_LEVELS

from .party_statistics_closing import CLOSED_ROWS_TABLE

AGE_BANDS = [
    ("18_30", "18–30"),
    ("31_40", "31–40"),
    ("41_50", "41–50"),
    ("51_60", "51–60"),
    ("61_70", "61–70"),
    ("71_80", "71–80"),
    ("81_plus", "81 and over"),
    ("unknown", "Unknown"),
]
GRADES = [("probationary", "Probationary"), ("official", "Official")]
EXIT_EVENTS = ("transfer_out", "removal", "expulsion", "leave", "death")
ADMISSION_EVENTS = ("admission", "readmission")
# Event in the year → count column of the view
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
DATE_SETTING = "party_kpi.statistics_date"
COMPANIES_SETTING = "party_kpi.statistics_companies"
# The closings whose stored rows the view reads, and whether it computes
# live rows at all (not when every company read is closed on the date).
CLOSINGS_SETTING = "party_kpi.statistics_closings"
LIVE_SETTING = "party_kpi.statistics_live"
PARTY_OFFICE = "party_org.group_party_office"


class PartyMemberStatistics(models.Model):
    """Basic member statistics of Hướng dẫn 11-HD/BTCTW as of a date.

    One row per member counted on the date or admitted / exited in its
    year. The date comes from the context key ``statistics_date`` (default:
    31 December of the current year) and reaches the view through a
    transaction-local PostgreSQL setting, so the view stays a plain view.
    Membership and the organisation on the date come from the membership
    timeline (party.membership.period): each member is counted at the
    organisation where they were registered that day, temporarily
    transferred and exempt members included, hosted members at home only.
    Admissions and exits of the year are the committee's: a move between
    two of its cells is neither.
    """

    _name = "party.member.statistics"
    _description = "Party Member Statistics"
    _auto = False
    _rec_name = "member_id"
    _order = "organization_id, member_id"

    member_id = fields.Many2one("party.member", readonly=True)
    company_id = fields.Many2one("res.company", readonly=True)
    organization_id = fields.Many2one(
        "party.organization", string="Party Cell", readonly=True
    )
    statistics_date = fields.Date(readonly=True)
    sex = fields.Selection(SEXES, readonly=True)
    age_band = fields.Selection(AGE_BANDS, readonly=True)
    ethnicity_id = fields.Many2one(
        "party.ethnicity", readonly=True, groups=PARTY_OFFICE
    )
    ethnic_minority_count = fields.Integer(readonly=True, groups=PARTY_OFFICE)
    religion_id = fields.Many2one("party.religion", readonly=True, groups=PARTY_OFFICE)
    religious_count = fields.Integer(readonly=True, groups=PARTY_OFFICE)
    general_education = fields.Char(readonly=True)
    professional_qualification = fields.Char(readonly=True)
    political_theory_level = fields.Selection(THEORY_LEVELS, readonly=True)
    occupation = fields.Char(readonly=True)
    member_grade = fields.Selection(GRADES, string="Grade", readonly=True)
    member_count = fields.Integer(string="Members", readonly=True)
    female_count = fields.Integer(string="Women", readonly=True)
    probationary_count = fields.Integer(string="Probationary", readonly=True)
    admission_count = fields.Integer(string="Admissions in the Year", readonly=True)
    exit_count = fields.Integer(string="Exits in the Year", readonly=True)
    entry_count = fields.Integer(
        string="Entries in the Year",
        readonly=True,
        help="Admitted, readmitted and transferred in from outside the committee.",
    )
    # Admissions and exits in the year by kind (one column each on the form)
    new_admission_count = fields.Integer(string="Admitted", readonly=True)
    readmission_count = fields.Integer(string="Readmitted", readonly=True)
    transfer_in_count = fields.Integer(string="Transferred In", readonly=True)
    transfer_out_count = fields.Integer(string="Transferred Out", readonly=True)
    removal_count = fields.Integer(string="Removed", readonly=True)
    expulsion_count = fields.Integer(string="Expelled", readonly=True)
    leave_count = fields.Integer(string="Left the Party", readonly=True)
    death_count = fields.Integer(string="Deceased", readonly=True)

    def init(self):
        cr = self.env.cr
        tools.drop_view_if_exists(cr, self._table)
        live = self._live_query()
        if not sql.table_exists(cr, CLOSED_ROWS_TABLE):
            # The closed rows have the live rows' columns (and their closing).
            cr.execute(
                SQL(
                    """CREATE TABLE %(rows)s AS
                       SELECT NULL::integer AS closing_id, live.*
                       FROM (%(live)s) AS live WITH NO DATA;
                       ALTER TABLE %(rows)s ALTER COLUMN closing_id SET NOT NULL,
                           ADD FOREIGN KEY (closing_id)
                           REFERENCES party_statistics_closing (id) ON DELETE CASCADE;
                       CREATE INDEX %(index)s ON %(rows)s (closing_id, organization_id)""",
                    rows=SQL.identifier(CLOSED_ROWS_TABLE),
                    live=live,
                    index=SQL.identifier(f"{CLOSED_ROWS_TABLE}_closing_index"),
                )
            )
        columns = SQL(", ").join(map(SQL.identifier, self._view_columns(live)))
        cr.execute(
            SQL(
                """CREATE OR REPLACE VIEW %(table)s AS (
                   SELECT %(columns)s FROM (%(live)s) AS live
                   UNION ALL
                   SELECT %(columns)s FROM %(rows)s AS closed
                   -- ARRAY(SELECT ...): the setting is read once, not per row
                   WHERE closed.closing_id = ANY(ARRAY(SELECT unnest(string_to_array(
                       NULLIF(current_setting(%(closings)s, true), ''), ',')::int[]))))""",
                table=SQL.identifier(self._table),
                columns=columns,
                live=live,
                rows=SQL.identifier(CLOSED_ROWS_TABLE),
                closings=CLOSINGS_SETTING,
            )
        )

    @api.model
    def _view_columns(self, live=None):
        """The columns of the view's rows, in order."""
        self.env.cr.execute(
            SQL("SELECT * FROM (%s) AS live LIMIT 0", live or self._live_query())
        )
        return [column.name for column in self.env.cr.description]

    @api.model
    def _live_query(self):
        """The rows computed from the members' timelines and events, for the
        companies the statistics are not closed for (see the settings)."""
        return SQL(
            """
            WITH params AS (
                SELECT day, date_trunc('year', day)::date AS year_start,
                    (date_part('year', day) * 10000 + date_part('month', day) * 100
                        + date_part('day', day))::int AS day_number,
                    string_to_array(NULLIF(current_setting(%(companies)s, true),
                                           ''), ',')::int[] AS companies
                FROM (SELECT COALESCE(
                    NULLIF(current_setting(%(setting)s, true), '')::date,
                    make_date(EXTRACT(year FROM CURRENT_DATE)::int, 12, 31)
                ) AS day) AS d
            ), moves AS (
                -- Days of the year a member moved between two cells of
                -- the committee.
                SELECT DISTINCT e.member_id, e.date
                FROM party_member_event e CROSS JOIN params p
                WHERE e.event_type = 'transfer_out'
                    AND e.to_organization_id IS NOT NULL
                    AND e.date BETWEEN p.year_start AND p.day
                    AND (p.companies IS NULL OR e.company_id = ANY(p.companies))
                    AND current_setting(%(live_on)s, true) IS DISTINCT FROM 'off'
            ), flows AS (
                -- Entries and exits of the enterprise's committee in the
                -- year; a move between two of its cells is neither.
                SELECT e.member_id,
                    COUNT(*) FILTER (WHERE e.event_type IN %(admissions)s)
                        AS admissions,
                    COUNT(*) FILTER (WHERE e.event_type IN %(exits)s) AS exits,
                    %(kind_counts)s
                FROM party_member_event e CROSS JOIN params p
                LEFT JOIN moves mv ON e.event_type = 'transfer_in'
                    AND mv.member_id = e.member_id AND mv.date = e.date
                WHERE e.date BETWEEN p.year_start AND p.day
                    AND (p.companies IS NULL OR e.company_id = ANY(p.companies))
                    AND e.event_type IN %(flow_events)s
                    AND NOT (e.event_type = 'transfer_out'
                        AND e.to_organization_id IS NOT NULL)
                    AND mv.member_id IS NULL
                    AND current_setting(%(live_on)s, true) IS DISTINCT FROM 'off'
                GROUP BY e.member_id
            ), registered AS (
                -- Where each member was registered on the day: the
                -- membership timeline, never the events (one registered
                -- period at a time per member).
                SELECT mp.member_id, mp.organization_id, mp.grade
                FROM party_membership_period mp CROSS JOIN params p
                WHERE mp.kind IN %(registered)s AND mp.date_start <= p.day
                    AND (mp.date_end IS NULL OR mp.date_end > p.day)
                    AND (p.companies IS NULL OR mp.company_id = ANY(p.companies))
                    AND current_setting(%(live_on)s, true) IS DISTINCT FROM 'off'
            ), gone AS (
                -- Those who entered or left during the year and are not
                -- registered on the day.
                SELECT f.* FROM flows f
                WHERE NOT EXISTS (SELECT 1 FROM registered r
                                  WHERE r.member_id = f.member_id)
            ), last_place AS (
                -- Where they last were.
                SELECT DISTINCT ON (mp.member_id)
                    mp.member_id, mp.organization_id, mp.grade
                FROM party_membership_period mp
                JOIN gone g ON g.member_id = mp.member_id
                CROSS JOIN params p
                WHERE mp.kind IN %(registered)s AND mp.date_start <= p.day
                ORDER BY mp.member_id, mp.date_start DESC, mp.id DESC
            ), counted AS (
                -- Hash joins only: no sort of the million registered rows.
                SELECT r.member_id, r.organization_id AS place_organization_id,
                    1 AS is_member, r.grade,
                    COALESCE(f.admissions, 0) AS admissions,
                    COALESCE(f.exits, 0) AS exits,
                    %(kind_coalesce)s
                FROM registered r LEFT JOIN flows f ON f.member_id = r.member_id
                UNION ALL
                SELECT f.member_id, lp.organization_id, 0,
                    COALESCE(lp.grade, 'probationary'),
                    f.admissions, f.exits,
                    %(kind_coalesce)s
                FROM gone f LEFT JOIN last_place lp ON lp.member_id = f.member_id
            )
            SELECT
                m.id AS id,
                m.id AS member_id,
                m.company_id,
                COALESCE(c.place_organization_id, m.organization_id)
                    AS organization_id,
                p.day AS statistics_date,
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
                CASE WHEN c.is_member = 1 AND eth.code IS NOT NULL AND eth.code != '01'
                    THEN 1 ELSE 0 END AS ethnic_minority_count,
                m.religion_id,
                CASE WHEN c.is_member = 1 AND rel.code IS NOT NULL
                    AND rel.code != 'none'
                    THEN 1 ELSE 0 END AS religious_count,
                m.general_education,
                m.professional_qualification,
                m.political_theory_level,
                m.occupation,
                c.grade AS member_grade,
                c.is_member AS member_count,
                CASE WHEN c.is_member = 1 AND m.sex = 'female' THEN 1 ELSE 0 END
                    AS female_count,
                CASE WHEN c.is_member = 1 AND c.grade = 'probationary'
                    THEN 1 ELSE 0 END AS probationary_count,
                c.admissions AS admission_count,
                c.admissions + c.transfer_in_n AS entry_count,
                c.exits AS exit_count,
                %(kind_columns)s
            FROM counted c
            JOIN party_member m ON m.id = c.member_id
            CROSS JOIN params p
            -- Whole years of age on the day, from the dates as YYYYMMDD
            -- numbers (age() per band cost seconds at a million rows).
            CROSS JOIN LATERAL (
                SELECT (p.day_number - (date_part('year', m.birth_date) * 10000
                    + date_part('month', m.birth_date) * 100
                    + date_part('day', m.birth_date))::int) / 10000 AS years
            ) a
            LEFT JOIN party_ethnicity eth ON eth.id = m.ethnicity_id
            LEFT JOIN party_religion rel ON rel.id = m.religion_id
            WHERE c.is_member = 1 OR c.admissions > 0 OR c.exits > 0
                OR c.transfer_in_n > 0""",
            setting=DATE_SETTING,
            companies=COMPANIES_SETTING,
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
                    "c.%s AS %s",
                    SQL.identifier(f"{event_type}_n"),
                    SQL.identifier(column),
                )
                for event_type, column in KIND_COUNTS.items()
            ),
            live_on=LIVE_SETTING,
        )

    @api.model
    def _statistics_date(self):
        day = self.env.context.get("statistics_date")
        if day:
            return fields.Date.to_date(day)
        return date(fields.Date.context_today(self).year, 12, 31)

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None, **kwargs):
        self._set_statistics_date()
        return super()._search(
            domain, offset=offset, limit=limit, order=order, **kwargs
        )

    @api.model
    def _set_statistics_date(self):
        """Pass the date, and the companies the rows are read for, to the
        view for the rest of the transaction. The companies are those the
        company rule lets through (the user's, or those the context
        selects): the view then reads only their timeline and events, not
        every member of the database. The companies whose statistics are
        closed on the date (party.statistics.closing) are read from their
        stored rows instead."""
        day = self._statistics_date()
        scoped = not self.env.su or "allowed_company_ids" in self.env.context
        closing_domain = [("statistics_date", "=", day)]
        if scoped:
            closing_domain.append(("company_id", "in", self.env.companies.ids))
        closings = self.env["party.statistics.closing"].sudo().search(closing_domain)
        if scoped:
            live = self.env.companies - closings.company_id
        elif closings:
            live = self.env["res.company"].sudo().search([]) - closings.company_id
        else:
            live = None  # every company
        self._set_view_settings(
            day,
            None if live is None else live.ids,
            closings.ids,
            live is None or bool(live),
        )

    @api.model
    def _set_view_settings(self, day, company_ids=None, closing_ids=(), live=True):
        """The view's settings for the rest of the transaction: the date;
        the companies of the live rows (None: all of them); the closings
        whose stored rows it reads; ``live=False`` skips the live rows.
        JIT compilation is switched off for it: on a fresh database (no
        planner statistics yet) the estimated cost made PostgreSQL spend
        seconds compiling a query that runs in milliseconds."""
        self.env.cr.execute(
            SQL(
                "SELECT set_config(%s, %s, true), set_config(%s, %s, true),"
                " set_config(%s, %s, true), set_config(%s, %s, true),"
                " set_config('jit', 'off', true)",
                DATE_SETTING,
                day.isoformat(),
                COMPANIES_SETTING,
                ",".join(map(str, company_ids or ())),
                CLOSINGS_SETTING,
                ",".join(map(str, closing_ids)),
                LIVE_SETTING,
                "on" if live else "off",
            )
        )
