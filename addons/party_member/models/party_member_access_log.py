# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import SUPERUSER_ID, api, fields, models
from odoo.tools import SQL

OPERATIONS = [
    ("read", "Read"),
    ("write", "Changed"),
    ("export", "Exported"),
    ("print", "Printed"),
]
TABLE = "party_member_access_log"
# The trigger refuses every UPDATE, DELETE and TRUNCATE of the log, except
# the one PostgreSQL makes itself when a member is deleted (ON DELETE SET
# NULL on member_id): the line stays, with the member's name and reference.
APPEND_ONLY_TRIGGER = SQL(
    """
    CREATE OR REPLACE FUNCTION party_member_access_log_append_only()
    RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
        IF TG_OP = 'UPDATE' THEN
            IF OLD.member_id IS NOT NULL AND NEW.member_id IS NULL
               AND to_jsonb(NEW) - 'member_id' = to_jsonb(OLD) - 'member_id' THEN
                RETURN NEW;
            END IF;
        END IF;
        RAISE EXCEPTION USING
            MESSAGE = 'The party member access log is append-only: ' || TG_OP || ' refused',
            ERRCODE = 'insufficient_privilege';
    END $$;
    DROP TRIGGER IF EXISTS party_member_access_log_append_only ON party_member_access_log;
    CREATE TRIGGER party_member_access_log_append_only
        BEFORE UPDATE OR DELETE ON party_member_access_log
        FOR EACH ROW EXECUTE FUNCTION party_member_access_log_append_only();
    DROP TRIGGER IF EXISTS party_member_access_log_no_truncate ON party_member_access_log;
    CREATE TRIGGER party_member_access_log_no_truncate
        BEFORE TRUNCATE ON party_member_access_log
        FOR EACH STATEMENT EXECUTE FUNCTION party_member_access_log_append_only();
    """
)


class PartyMemberAccessLog(models.Model):
    """Who read, changed, exported or printed a member record, and when.

    Party membership is sensitive personal data (Luật Bảo vệ dữ liệu cá nhân
    91/2025/QH15, Nghị định 356/2025): its processing is logged. Lines are
    inserted by the system only, one INSERT per logged call whatever the
    number of members; nobody can edit or delete them (no access right, and
    a PostgreSQL trigger for the superuser too). Deleting a member keeps its
    lines, with the name and file number it had.
    """

    _name = "party.member.access.log"
    _description = "Party Member Access Log"
    _inherit = ["party.protected.mixin"]
    _order = "date desc, id desc"
    _log_access = False

    member_id = fields.Many2one(
        "party.member", index=True, ondelete="set null", readonly=True
    )
    member_name = fields.Char(string="Member Name", readonly=True)
    member_reference = fields.Char(
        string="File Number", readonly=True, help="File number of the member."
    )
    company_id = fields.Many2one("res.company", index=True, readonly=True)
    user_id = fields.Many2one("res.users", required=True, index=True, readonly=True)
    date = fields.Datetime(required=True, default=fields.Datetime.now, readonly=True)
    operation = fields.Selection(OPERATIONS, required=True, readonly=True)
    field_names = fields.Char(string="Fields", readonly=True)

    def init(self):
        # Run by the module installation (superuser), never over RPC.
        self._party_check_group("base.group_system")
        self.env.cr.execute(APPEND_ONLY_TRIGGER)

    @api.depends("member_name", "operation", "date")
    def _compute_display_name(self):
        for line in self:
            line.display_name = f"{line.member_name or ''} – {line.operation or ''}"

    @api.model
    def _log(self, members, operation, field_names=()):
        """Log ``operation`` by the current user on ``members`` (one INSERT)."""
        if self._skip_logging():
            return
        ids = [id_ for id_ in members._ids if isinstance(id_, int)]
        if ids:
            self._insert(SQL("= ANY(%s)", ids), operation, field_names)

    @api.model
    def _log_query(self, query, operation, field_names=()):
        """Log ``operation`` on the members a ``Query`` of party.member selects
        (one INSERT ... SELECT, the query runs inside it)."""
        if not self._skip_logging():
            self._insert(SQL("IN %s", query.subselect()), operation, field_names)

    @api.model
    def _log_counts(self, count, field_names):
        """Log a grouped read of counts over ``count`` members by the current
        user: one line, no member (see party_member_privacy.py)."""
        if self._skip_logging():
            return
        self.env.cr.execute(
            SQL(
                """INSERT INTO party_member_access_log
                       (member_name, company_id, user_id, date, operation,
                        field_names)
                   VALUES (%(name)s, %(company)s, %(uid)s, %(now)s, 'read',
                           %(names)s)""",
                name=self.env._("Counts of %(count)s members", count=count),
                company=self.env.company.id,
                uid=self.env.uid,
                now=fields.Datetime.now(),
                names=", ".join(sorted(field_names)),
            )
        )

    def _skip_logging(self):
        # The superuser's own work (crons, installation) is not a person's access.
        return self.env.su and self.env.uid == SUPERUSER_ID

    def _insert(self, member_filter, operation, field_names):
        self.env["party.member"].flush_model(["name", "file_number", "company_id"])
        self.env.cr.execute(
            SQL(
                """INSERT INTO party_member_access_log
                       (member_id, member_name, member_reference, company_id,
                        user_id, date, operation, field_names)
                   SELECT m.id, m.name, m.file_number, m.company_id,
                          %(uid)s, %(now)s, %(operation)s, %(names)s
                     FROM party_member m
                    WHERE m.id %(filter)s""",
                uid=self.env.uid,
                now=fields.Datetime.now(),
                operation=operation,
                names=", ".join(sorted(field_names)),
                filter=member_filter,
            )
        )
