# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models, tools
from odoo.tools import SQL

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_member.models.party_member import SEXES, THEORY_LEVELS

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
        tools.drop_view_if_exists(self.env.cr, self._table)
        self.env.cr.execute(
            SQL(
                """
            CREATE OR REPLACE VIEW %(table)s AS (
            WITH params AS (
                SELECT day, date_trunc('year', day)::date AS year_start,
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
                GROUP BY e.member_id
            ), registered AS (
                -- Where each member was registered on the day: the
                -- membership timeline, never the events (one registered
                -- period at a time per member).
                SELECT mp.member_id, mp.organization_id, mp.grade,
                    true AS is_member
                FROM party_membership_period mp CROSS JOIN params p
                WHERE mp.kind IN %(registered)s AND mp.date_start <= p.day
                    AND (mp.date_end IS NULL OR mp.date_end > p.day)
                    AND (p.companies IS NULL OR mp.company_id = ANY(p.companies))
            ), last_place AS (
                -- Where those who entered or left during the year and are
                -- not registered on the day last were.
                SELECT DISTINCT ON (mp.member_id)
                    mp.member_id, mp.organization_id, mp.grade,
                    false AS is_member
                FROM party_membership_period mp
                JOIN flows f ON f.member_id = mp.member_id
                CROSS JOIN params p
                WHERE mp.kind IN %(registered)s AND mp.date_start <= p.day
                    AND NOT EXISTS (SELECT 1 FROM registered r
                                    WHERE r.member_id = mp.member_id)
                ORDER BY mp.member_id, mp.date_start DESC, mp.id DESC
            ), place AS (
                SELECT * FROM registered UNION ALL SELECT * FROM last_place
            ), counted AS (
                SELECT COALESCE(pl.member_id, f.member_id) AS member_id,
                    pl.organization_id AS place_organization_id,
                    CASE WHEN pl.is_member THEN 1 ELSE 0 END AS is_member,
                    COALESCE(pl.grade, 'probationary') AS grade,
                    COALESCE(f.admissions, 0) AS admissions,
                    COALESCE(f.exits, 0) AS exits,
                    %(kind_coalesce)s
                FROM place pl
                FULL JOIN flows f ON f.member_id = pl.member_id
                WHERE pl.is_member OR f.member_id IS NOT NULL
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
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 30 THEN '18_30'
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 40 THEN '31_40'
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 50 THEN '41_50'
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 60 THEN '51_60'
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 70 THEN '61_70'
                    WHEN date_part('year', age(p.day, m.birth_date)) <= 80 THEN '71_80'
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
            LEFT JOIN party_ethnicity eth ON eth.id = m.ethnicity_id
            LEFT JOIN party_religion rel ON rel.id = m.religion_id
            WHERE c.is_member = 1 OR c.admissions > 0 OR c.exits > 0
                OR c.transfer_in_n > 0
            )""",
                table=SQL.identifier(self._table),
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
            )
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
        every member of the database. JIT compilation is switched off for
        it: on a fresh database (no planner statistics yet) the estimated
        cost made PostgreSQL spend seconds compiling a query that runs in
        milliseconds."""
        scoped = not self.env.su or "allowed_company_ids" in self.env.context
        companies = ",".join(map(str, self.env.companies.ids)) if scoped else ""
        self.env.cr.execute(
            SQL(
                "SELECT set_config(%s, %s, true), set_config(%s, %s, true),"
                " set_config('jit', 'off', true)",
                DATE_SETTING,
                self._statistics_date().isoformat(),
                COMPANIES_SETTING,
                companies,
            )
        )
