# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The party-office user the web-client scenarios log in as.

One user, ``bench_party_office``, committed once in the bench database and
reused by every run (the member access log it fills refers to it, so it
is never deleted): an internal user of the party office group, in the
company that holds most members (the generated dataset's), with that
company as its current one.
"""

from odoo.addons.party_docs.tools.concurrency import cursor_env

LOGIN = "bench_party_office"
PASSWORD = "bench_party_office"
GROUPS = ("base.group_user", "party_org.group_party_office")


def bench_company(env):
    """The company with the most members (the generated dataset's)."""
    env.cr.execute(
        """SELECT company_id FROM party_member
           GROUP BY company_id ORDER BY count(*) DESC LIMIT 1"""
    )
    row = env.cr.fetchone()
    if not row:
        raise RuntimeError("no member: generate the dataset first (--generate)")
    return env["res.company"].browse(row[0])


def ensure_office_user(registry, members=None):
    """Commit the bench's party-office user in the company of the dataset
    generated with ``members`` members (else the company with the most
    members); return (login, password, company id)."""
    from .generate import generated_company

    env = cursor_env(registry)
    with env.cr:
        company = (members and generated_company(env, members)) or bench_company(env)
        values = {
            "company_id": company.id,
            "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, [env.ref(xmlid).id for xmlid in GROUPS])],
            "password": PASSWORD,
        }
        Users = env["res.users"].with_context(no_reset_password=True, active_test=False)
        user = Users.search([("login", "=", LOGIN)])
        if user:
            # Not the password: a new hash would end the sessions of a run
            # going on at the same time (the session token follows it).
            values.pop("password")
            user.write({**values, "active": True})
        else:
            Users.create({"name": "Bench party office", "login": LOGIN, **values})
        env.cr.commit()
        return LOGIN, PASSWORD, company.id
