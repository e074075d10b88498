# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Security issue #9 on an existing database.

* The member rules become read only (their records are ``noupdate``).
* Certificate passwords stored in clear (``password_store``) are encrypted
  with the key kept outside the database, and the clear column is dropped.
"""

from odoo import SUPERUSER_ID, api
from odoo.tools import sql

from odoo.addons.party_docs.engine.secret_box import encrypt

READ_ONLY_RULES = (
    "party_document_rule_member",
    "party_document_delivery_rule_member",
    "party_meeting_rule_member",
    "party_meeting_agenda_rule_member",
    "party_meeting_attendance_rule_member",
)


def migrate(cr, version):
    env = api.Environment(cr, SUPERUSER_ID, {})
    for xmlid in READ_ONLY_RULES:
        rule = env.ref(f"party_docs.{xmlid}", raise_if_not_found=False)
        if rule:
            rule.write(
                {
                    "perm_read": True,
                    "perm_write": False,
                    "perm_create": False,
                    "perm_unlink": False,
                }
            )
    if not sql.column_exists(cr, "party_signing_certificate", "password_store"):
        return
    Certificate = env["party.signing.certificate"].with_context(active_test=False)
    box = Certificate._secret_box()
    cr.execute(
        "SELECT id, password_store FROM party_signing_certificate"
        " WHERE password_store IS NOT NULL"
    )
    for cert_id, password in cr.fetchall():
        Certificate.browse(cert_id)._store_secret(
            {"password_encrypted": encrypt(box, password)}
        )
    env.flush_all()
    cr.execute("ALTER TABLE party_signing_certificate DROP COLUMN password_store")
