# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from odoo import api, fields, models
from odoo.tools import SQL

REGISTERS = [("outgoing", "Outgoing Register"), ("incoming", "Incoming Register")]


class PartyDocumentCounter(models.Model):
    """One row per register key holds the last number given.

    Numbers are taken with ``INSERT ... ON CONFLICT DO UPDATE ... RETURNING``
    in the caller's transaction: the row stays locked until it commits, so a
    concurrent issuer waits, then retries on the serialisation failure
    (Odoo retries requests and crons). A rolled-back issue gives its number
    back: no duplicate, no gap.
    """

    _name = "party.document.counter"
    _description = "Party Document Register Counter"
    _inherit = ["party.protected.mixin"]
    _order = "organization_id, register, year desc, type_id"

    organization_id = fields.Many2one(
        "party.organization", required=True, index=True, ondelete="cascade"
    )
    company_id = fields.Many2one(related="organization_id.company_id")
    register = fields.Selection(REGISTERS, required=True)
    type_id = fields.Many2one("party.document.type", ondelete="cascade")
    term_id = fields.Many2one("party.term", ondelete="cascade")
    year = fields.Integer(default=0, required=True)
    last_number = fields.Integer(readonly=True)

    def _auto_init(self):
        res = super()._auto_init()
        self.env.cr.execute(
            """
            CREATE UNIQUE INDEX IF NOT EXISTS party_document_counter_key
            ON party_document_counter (organization_id, register,
                COALESCE(type_id, 0), COALESCE(term_id, 0), year)
            """
        )
        return res

    @api.model
    def _take_number(
        self, organization_id, register, type_id=None, term_id=None, year=0
    ):
        """Return the next number of the register key, locking its row until
        the current transaction ends."""
        self.env.flush_all()
        self.env.cr.execute(
            SQL(
                """
                INSERT INTO party_document_counter
                    (organization_id, register, type_id, term_id, year, last_number,
                     create_uid, write_uid, create_date, write_date)
                VALUES (%(org)s, %(register)s, %(type)s, %(term)s, %(year)s, 1,
                        %(uid)s, %(uid)s, now() at time zone 'UTC',
                        now() at time zone 'UTC')
                ON CONFLICT (organization_id, register, COALESCE(type_id, 0),
                             COALESCE(term_id, 0), year)
                DO UPDATE SET last_number = party_document_counter.last_number + 1,
                              write_uid = EXCLUDED.write_uid,
                              write_date = EXCLUDED.write_date
                RETURNING last_number
                """,
                org=organization_id,
                register=register,
                type=type_id or None,
                term=term_id or None,
                year=year or 0,
                uid=self.env.uid,
            ),
            # A serialisation failure is expected under concurrency: the
            # caller retries, it is not worth an error in the log.
            log_exceptions=False,
        )
        number = self.env.cr.fetchone()[0]
        self.invalidate_model(["last_number"])
        return number
