# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The load test's people on a generated bench database (committed, once).

    python -m bench.load.setup_users -c CONF --db pb_load \
        --secretaries 120 --portal 150 [--new-votes] --out users.json

- branch secretaries ``load_secretary_<i>``, each in charge of one
  sub-committee of the bench company (they see its members, child_of);
- portal members ``load_member_<i>``: members of the first cells, official,
  each with a portal user; their cells meet now (announced, the check-in
  open for 12 hours) and every meeting has one secret vote open;
- ``--new-votes`` closes the open votes and opens new ones, so that every
  run of the load test casts ballots.

All users share one password, hashed once (600,000 PBKDF2 rounds each time
would cost minutes) and written to every row. The ids the load test needs
(logins, meetings, check-in codes, votes, members to open) go to ``--out``.
"""

import argparse
import json
import sys
from datetime import date, datetime, timedelta

import odoo
from odoo import SUPERUSER_ID, api
from odoo.modules.registry import Registry

PASSWORD = "load-bench-only"
IN_PARTY = ("probationary", "official", "temporarily_transferred", "exempt")
BATCH = 2000
LOAD_PLACE = "Load test room"


def bench_company(env):
    company = env["res.company"].search(
        [("name", "=like", "Bench company %")], order="id desc", limit=1
    )
    if not company:
        sys.exit("no bench company: generate the dataset first (make bench --generate)")
    return company


def admit(env, members):
    """Admit and officially recognise the members without any history (the
    ORM generator left them so; the COPY generator writes histories), in
    batches."""
    todo = members.filtered(lambda m: m.state not in IN_PARTY and not m.event_ids)
    for start in range(0, len(todo), BATCH):
        batch = todo[start : start + BATCH]
        batch._add_event("admission", date(2015, 3, 2))
        batch._add_event("official_recognition", date(2016, 3, 2))
        env.cr.commit()
    return len(todo)


def ensure_users(env, logins, values):
    """Create the users of ``logins`` that do not exist; return all of them."""
    Users = env["res.users"].with_context(no_reset_password=True)
    existing = Users.search([("login", "in", logins)])
    missing = [login for login in logins if login not in existing.mapped("login")]
    created = Users.create([{"login": login, **values(login)} for login in missing])
    if created:
        # New users only: a new hash would end the sessions of the others.
        hashed = Users._crypt_context().hash(PASSWORD)
        env.cr.execute(
            "UPDATE res_users SET password = %s WHERE id IN %s",
            (hashed, tuple(created.ids)),
        )
    users = existing | created
    return users.sorted(lambda u: logins.index(u.login))


def setup(env, n_secretaries, n_portal):
    company = bench_company(env)
    Org = env["party.organization"]
    subs = Org.search(
        [("company_id", "=", company.id), ("org_type", "=", "sub_committee")],
        order="id",
    )
    secretary = env.ref("party_org.group_party_secretary")
    sec_logins = [f"load_secretary_{i}" for i in range(n_secretaries)]
    secretaries = ensure_users(
        env,
        sec_logins,
        lambda login: {
            "name": login.replace("_", " ").title(),
            "company_id": company.id,
            "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, secretary.ids)],
            "party_organization_ids": [
                (6, 0, subs[sec_logins.index(login) % len(subs)].ids)
            ],
        },
    )
    all_members = env["party.member"].search([("company_id", "=", company.id)])
    admitted = admit(env, all_members)
    members = env["party.member"].search(
        [("company_id", "=", company.id), ("state", "=", "official")],
        order="organization_id, id",
        limit=n_portal,
    )
    portal = env.ref("base.group_portal")
    portal_logins = [f"load_member_{i}" for i in range(len(members))]
    users = ensure_users(
        env,
        portal_logins,
        lambda login: {
            "name": members[portal_logins.index(login)].name,
            "company_id": company.id,
            "company_ids": [(6, 0, company.ids)],
            "groups_id": [(6, 0, portal.ids)],
        },
    )
    for member, user in zip(members, users, strict=True):
        if member.user_id != user:
            member.user_id = user
    meetings = ensure_meetings(env, members)
    env.cr.commit()
    return {
        "company": company.id,
        "admitted": admitted,
        "secretaries": secretaries.mapped("login"),
        "members": [
            {
                "login": user.login,
                "member": member.id,
                "cell": member.organization_id.id,
            }
            for member, user in zip(members, users, strict=True)
        ],
        "meetings": meetings,
        "open_members": all_members[:: max(1, len(all_members) // 500)].ids,
    }


def ensure_meetings(env, members):
    """One meeting in session per cell of ``members``; {cell id: {meeting,
    code}} with the check-in open for 12 hours."""
    Meeting = env["party.meeting"]
    now = datetime.now()
    result = {}
    for cell in members.organization_id:
        meeting = Meeting.search(
            [("organization_id", "=", cell.id), ("place", "=", LOAD_PLACE)],
            limit=1,
        )
        if not meeting:
            chair = members.filtered(lambda m, c=cell: m.organization_id == c)[:1]
            meeting = Meeting.create(
                {
                    "place": LOAD_PLACE,
                    "organization_id": cell.id,
                    "kind": "regular",
                    "date_start": now - timedelta(minutes=10),
                    "chair_id": chair.id,
                }
            )
            meeting.action_invite()
        if not meeting.checkin_token:
            meeting._party_set_token()
        meeting.write({"date_end": now + timedelta(hours=12)})
        result[str(cell.id)] = {
            "meeting": meeting.id,
            "code": meeting._portal_checkin_code(),
        }
    return result


def new_votes(env, meetings):
    """Close each load meeting's open vote and open a new secret one."""
    Vote = env["party.meeting.vote"]
    votes = {}
    for cell, info in meetings.items():
        meeting = env["party.meeting"].browse(info["meeting"])
        for vote in meeting.vote_ids.filtered(lambda v: v.state == "open"):
            vote._party_close()
        item = env["party.meeting.agenda"].create(
            {
                "meeting_id": meeting.id,
                "name": f"Load test vote {datetime.now():%H%M%S%f}",
                "vote_rule": "majority",
            }
        )
        votes[cell] = Vote._party_open(item, secret=True).id
    env.cr.commit()
    return votes


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-c", "--config", required=True)
    parser.add_argument("--db", required=True)
    parser.add_argument("--secretaries", type=int, default=120)
    parser.add_argument("--portal", type=int, default=150)
    parser.add_argument("--new-votes", action="store_true")
    parser.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    odoo.tools.config.parse_config(["-c", args.config, "--log-level=warn"])
    with Registry(args.db).cursor() as cr:
        env = api.Environment(cr, SUPERUSER_ID, {"tracking_disable": True})
        data = setup(env, args.secretaries, args.portal)
        data["password"] = PASSWORD
        data["votes"] = new_votes(env, data["meetings"]) if args.new_votes else {}
    data["db"] = args.db
    for member in data["members"]:
        cell = str(member["cell"])
        member.update(data["meetings"][cell], vote=data["votes"].get(cell))
    with open(args.out, "w") as out:
        json.dump(data, out, indent=1)
    print(
        f"{len(data['secretaries'])} secretaries, {len(data['members'])} portal "
        f"members in {len(data['meetings'])} meetings, {data['admitted']} admitted, "
        f"{len(data['votes'])} votes open -> {args.out}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
