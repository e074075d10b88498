# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.exceptions import ValidationError
from odoo.osv import expression
from odoo.tools import SQL

# The closed rows: the statistics rows as of the closing's date, one table for
# every closing (party.member.statistics creates it with the columns of its
# rows, and reads it back for closed dates).
CLOSED_ROWS_TABLE = "party_statistics_closing_row"
PARTY_OFFICE = "party_org.group_party_office"


class PartyStatisticsClosing(models.Model):
    """The member statistics of a company closed as of a date (chốt số liệu).

    The basic statistics of Hướng dẫn 11-HD/BTCTW are reported as of
    31 December and sent to the committee above: the report must read the
    same later, when a history is corrected after the date. Closing stores
    the statistics rows of that day for the company; from then on the
    statistics, their pivot and the export of that date read the stored
    rows (a grouped read of stored rows instead of every member's timeline:
    at a million members, each read of the live rows recomputed them for seconds).
    Reopening returns to the live figures: the stored rows are deleted and
    the closing is archived, with who reopened it in its chatter.
    """

    _name = "party.statistics.closing"
    _description = "Closed Member Statistics"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "statistics_date desc, id desc"
    _party_create_fields = ("company_id", "statistics_date")

    company_id = fields.Many2one(
        "res.company",
        required=True,
        readonly=True,
        index=True,
        default=lambda self: self.env.company,
    )
    statistics_date = fields.Date(
        required=True,
        readonly=True,
        help="The day the statistics count members as of (31 December of the "
        "reporting year, Hướng dẫn 11-HD/BTCTW).",
    )
    member_count = fields.Integer(
        string="Members", readonly=True, help="Members counted on the date."
    )
    row_count = fields.Integer(
        string="Rows",
        readonly=True,
        help="Members counted, admitted or exited in the year: the rows stored.",
    )

    active = fields.Boolean(
        default=True,
        readonly=True,
        help="Archived when the statistics are reopened: the figures of the "
        "date are computed live again.",
    )

    def init(self):
        # One closing in force per company and date; reopened ones stay.
        self.env.cr.execute(
            """CREATE UNIQUE INDEX IF NOT EXISTS party_statistics_closing_in_force
               ON party_statistics_closing (company_id, statistics_date)
               WHERE active"""
        )

    @api.depends("statistics_date")
    def _compute_display_name(self):
        for closing in self:
            day = closing.statistics_date
            closing.display_name = self.env._(
                "Statistics as of %(date)s",
                date=day and day.strftime("%d/%m/%Y") or "",
            )

    @api.model_create_multi
    def create(self, vals_list):
        self._check_not_closed(vals_list)
        closings = super().create(vals_list)
        closings._store_rows()
        return closings

    @api.model
    def _check_not_closed(self, vals_list):
        """A clear error before the unique index refuses a second closing in
        force of the same company and date."""
        keys = [
            (vals.get("company_id") or self.env.company.id, vals.get("statistics_date"))
            for vals in vals_list
        ]
        domain = expression.OR(
            [("company_id", "=", company_id), ("statistics_date", "=", day)]
            for company_id, day in keys
        )
        if len(set(keys)) < len(keys) or self.sudo().search_count(domain, limit=1):
            raise ValidationError(
                self.env._(
                    "The statistics of this date are already closed for this "
                    "company. Reopen them first."
                )
            )

    def action_reopen(self):
        """Back to the live figures of the date (the party office): the
        stored rows are deleted and the closing archived, with who reopened
        it in its chatter."""
        self._party_check_action("read", PARTY_OFFICE)
        closings = self.sudo().filtered("active")  # a reopened one stays so
        if not closings:
            return True
        self.env.cr.execute(
            SQL(
                "DELETE FROM %s WHERE closing_id IN %s",
                SQL.identifier(CLOSED_ROWS_TABLE),
                tuple(closings.ids),
            )
        )
        closings.write({"active": False})
        for closing in closings:
            closing.message_post(
                body=self.env._(
                    "Statistics reopened as of %(date)s: they are computed "
                    "from the histories again.",
                    date=closing.statistics_date.strftime("%d/%m/%Y"),
                ),
                author_id=self.env.user.partner_id.id,
            )
        return True

    def _store_rows(self):
        """Store the live rows of each closing's date and company."""
        Stats = self.env["party.member.statistics"]
        cr = self.env.cr
        self.env.flush_all()
        columns = SQL(", ").join(map(SQL.identifier, Stats._view_columns()))
        for closing in self:
            live = Stats._live_query(closing.statistics_date, closing.company_id.ids)
            cr.execute(
                SQL(
                    "INSERT INTO %s (closing_id, %s) SELECT %s, %s FROM (%s) AS live",
                    SQL.identifier(CLOSED_ROWS_TABLE),
                    columns,
                    closing.id,
                    columns,
                    live,
                )
            )
            cr.execute(
                SQL(
                    "SELECT COUNT(*), COALESCE(SUM(member_count), 0) FROM %s"
                    " WHERE closing_id = %s",
                    SQL.identifier(CLOSED_ROWS_TABLE),
                    closing.id,
                )
            )
            rows, members = cr.fetchone()
            closing.sudo().write({"row_count": rows, "member_count": members})
            closing.message_post(
                body=self.env._(
                    "Statistics closed as of %(date)s: %(members)s members counted.",
                    date=closing.statistics_date.strftime("%d/%m/%Y"),
                    members=members,
                )
            )
