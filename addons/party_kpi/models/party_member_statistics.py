# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from datetime import date

from odoo import api, fields, models, tools
from odoo.osv import expression
from odoo.tools import SQL, sql

from odoo.addons.party_member.models.party_member import SEXES, THEORY_LEVELS

from . import statistics_closed_groups, statistics_live_rows
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
PARTY_OFFICE = "party_org.group_party_office"


class PartyMemberStatistics(models.Model):
    """Basic member statistics of Hướng dẫn 11-HD/BTCTW as of a date.

    One row per member counted on the date or admitted / exited in its
    year. The date comes from the context key ``statistics_date`` (default:
    31 December of the current year); the rows are a query of that date
    (``_table_query``), computed live or read from a closing's stored rows.
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
    # What the rows read: flushed before they are (a change not yet written
    # would not be counted).
    _depends = {
        "party.member": [
            "company_id",
            "organization_id",
            "sex",
            "birth_date",
            "ethnicity_id",
            "religion_id",
            "general_education",
            "professional_qualification",
            "political_theory_level",
            "occupation",
        ],
        "party.membership.period": [
            "member_id",
            "organization_id",
            "company_id",
            "kind",
            "date_start",
            "date_end",
            "grade",
        ],
        "party.member.event": [
            "member_id",
            "company_id",
            "event_type",
            "date",
            "to_organization_id",
        ],
        "party.ethnicity": ["code"],
        "party.religion": ["code"],
    }

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
        # The rows are a query of the date (_table_query), no longer a view.
        tools.drop_view_if_exists(cr, self._table)
        live = self._live_query(self._statistics_date(), columns_only=True)
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
        self._add_closed_rows_columns(live)

    def _add_closed_rows_columns(self, live):
        """A column the live rows gained since the closed rows table was
        created is added to it (empty in the rows closed before)."""
        cr = self.env.cr

        def columns(table):
            cr.execute(
                SQL(
                    """SELECT attname, format_type(atttypid, atttypmod)
                       FROM pg_attribute
                       WHERE attrelid = %s::regclass AND attnum > 0
                           AND NOT attisdropped ORDER BY attnum""",
                    table,
                )
            )
            return cr.fetchall()

        stored = {name for name, _type in columns(CLOSED_ROWS_TABLE)}
        table = "party_statistics_live_columns"
        cr.execute(
            SQL(
                "CREATE TEMPORARY TABLE %s ON COMMIT DROP AS"
                " SELECT * FROM (%s) AS live WITH NO DATA",
                SQL.identifier(table),
                live,
            )
        )
        for name, column_type in columns(table):
            if name not in stored:
                cr.execute(
                    SQL(
                        "ALTER TABLE %s ADD COLUMN %s %s",
                        SQL.identifier(CLOSED_ROWS_TABLE),
                        SQL.identifier(name),
                        SQL(column_type),
                    )
                )
        cr.execute(SQL("DROP TABLE %s", SQL.identifier(table)))

    @api.model
    @tools.ormcache()
    def _view_columns(self):
        """The columns of the rows, in order."""
        self.env.cr.execute(
            SQL(
                "SELECT * FROM (%s) AS live LIMIT 0",
                self._live_query(self._statistics_date(), columns_only=True),
            )
        )
        return [column.name for column in self.env.cr.description]

    @api.model
    def _live_query(self, day, company_ids=None, columns_only=False):
        """The rows computed from the members' timelines and events as of
        ``day``, for ``company_ids`` (None: every company). The year's
        entries and exits are read at once (statistics_live_rows): the
        models they come from are flushed first. ``columns_only``: a query
        read for its columns only, without them."""
        if columns_only:
            return statistics_live_rows.live_rows(None, day, company_ids)
        for model_name in ("party.member.event", "party.membership.period"):
            self.env[model_name].flush_model(self._depends[model_name])
        return statistics_live_rows.live_rows(self.env.cr, day, company_ids)

    @api.model
    def _statistics_date(self):
        day = self.env.context.get("statistics_date")
        if day:
            return fields.Date.to_date(day)
        return date(fields.Date.context_today(self).year, 12, 31)

    @api.model
    def _search(self, domain, offset=0, limit=None, order=None, **kwargs):
        # JIT compilation off for the rest of the transaction: the estimated
        # cost of the rows made PostgreSQL spend seconds compiling a query
        # that runs in milliseconds on a small database.
        self.env.cr.execute("SET LOCAL jit = off")
        return super()._search(
            domain, offset=offset, limit=limit, order=order, **kwargs
        )

    @api.model
    def _read_group(
        self,
        domain,
        groupby=(),
        aggregates=(),
        having=(),
        offset=0,
        limit=None,
        order=None,
    ):
        """A grouped read of closed rows alone is kept once read: those rows
        never change (statistics_closed_groups). Access is checked on each
        read, as Odoo's own does (the model, then the fields read)."""
        _day, _live_ids, closings, live = self._statistics_sources()
        key = None
        if closings and not live:
            key = statistics_closed_groups.cache_key(
                self,
                closings,
                domain,
                groupby,
                aggregates,
                having,
                offset,
                limit,
                order,
            )
        if key is None:
            return super()._read_group(
                domain, groupby, aggregates, having, offset, limit, order
            )
        self.browse().check_access("read")
        self.check_field_access_rights(
            "read",
            [
                spec.split(":")[0]
                for spec in (*groupby, *aggregates)
                if spec != "__count"
            ]
            + [
                leaf[0]
                for leaf in domain
                if expression.is_leaf(leaf) and isinstance(leaf[0], str)
            ],
        )
        return statistics_closed_groups.read_group(
            self,
            key,
            lambda: super(PartyMemberStatistics, self)._read_group(
                domain, groupby, aggregates, having, offset, limit, order
            ),
        )

    @property
    def _table_query(self):
        """The rows of the date of the context (_statistics_sources): those
        computed live, and those stored for the closed companies. Closed
        rows alone are a plain table that PostgreSQL reads in parallel (a
        grouped read of a million stored rows: 490 → 140 ms)."""
        day, live_company_ids, closings, live = self._statistics_sources()
        parts = []
        if live:
            parts.append(self._live_query(day, live_company_ids))
        if closings:
            parts.append(
                SQL(
                    "SELECT %s FROM %s WHERE closing_id IN %s",
                    SQL(", ").join(map(SQL.identifier, self._view_columns())),
                    SQL.identifier(CLOSED_ROWS_TABLE),
                    tuple(closings.ids),
                )
            )
        return SQL(" UNION ALL ").join(SQL("(%s)", part) for part in parts)

    @api.model
    def _column_values(self, names):
        """{column: the values it can hold} in the rows of the date: a
        selection's keys, or for a text column, the member's own (the live
        rows copy it from party_member) as found among the members of the
        companies computed live and in the rows stored by the closings read
        (a closed date alone reads no member). A superset, found without
        computing the rows: enough to put each value in a form's category
        (wizards/statistics_rows.py)."""
        values = {}
        texts = []
        for name in names:
            field = self._fields[name]
            if field.type == "selection":
                values[name] = {*field.get_values(self.env), None}
            else:
                texts.append(name)
                values[name] = set()
        if not texts:
            return values
        columns = SQL(", ").join(map(SQL.identifier, texts))
        _day, live_company_ids, closings, live = self._statistics_sources()
        sources = []
        if live:
            members = SQL("SELECT %s FROM party_member", columns)
            if live_company_ids is not None:
                members = SQL(
                    "%s WHERE company_id IN %s", members, tuple(live_company_ids)
                )
            sources.append(members)
        if closings:
            sources.append(
                SQL(
                    "SELECT %s FROM %s WHERE closing_id IN %s",
                    columns,
                    SQL.identifier(CLOSED_ROWS_TABLE),
                    tuple(closings.ids),
                )
            )
        # One pass over the distinct combinations, which PostgreSQL finds
        # in parallel workers (grouping sets, one per column, cannot be:
        # 0.46 → 0.29 s at a million members).
        self.env.cr.execute(
            SQL(
                "SELECT DISTINCT %s FROM (%s) AS source",
                columns,
                SQL(" UNION ALL ").join(sources),
            )
        )
        for row in self.env.cr.fetchall():
            for name, value in zip(texts, row, strict=True):
                values[name].add(value)
        return values

    @api.model
    def _statistics_sources(self):
        """(date, companies of the live rows or None for all of them,
        closings read, whether any row is live) for the date of the
        context. The companies are those the company rule lets through (the
        user's, or those the context selects): the live rows then read only
        their timeline and events, not every member of the database. The
        companies whose statistics are closed on the date
        (party.statistics.closing) are read from their stored rows."""
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
        return (
            day,
            None if live is None else live.ids,
            closings,
            live is None or bool(live),
        )
