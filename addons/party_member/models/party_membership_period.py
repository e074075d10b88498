# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.membership.period: the membership timeline, one table for all.

Written by the server from each member's history (``engine/timeline.py``)
whenever the history changes, in batch; never typed in. Statistics,
badges, fees, KPIs, meeting invitations and vote bases read it: no other
code re-derives membership from events.
"""

from collections import defaultdict

from psycopg2.extras import execute_values

from odoo import api, fields, models
from odoo.tools import SQL

from ..engine import member_state, timeline

GRADES = [("probationary", "Probationary"), ("official", "Official")]
KINDS = [
    (timeline.ACTIVE, "In Activity"),
    (timeline.EXEMPT, "Exempt from Activity"),
    (timeline.AWAY, "Temporarily Away"),
    (timeline.HOSTED, "Hosted (Temporary)"),
]


class PartyMembershipPeriod(models.Model):
    _name = "party.membership.period"
    _description = "Party Membership Period"
    _inherit = ["party.protected.mixin"]
    _order = "member_id, date_start, id"
    _log_access = False

    member_id = fields.Many2one(
        "party.member", required=True, readonly=True, index=True, ondelete="cascade"
    )
    organization_id = fields.Many2one(
        "party.organization",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    # Indexed: the statistics read one company's timeline among several.
    company_id = fields.Many2one(
        "res.company", required=True, readonly=True, index=True
    )
    date_start = fields.Date(required=True, readonly=True, index=True)
    date_end = fields.Date(
        readonly=True, help="The first day after the period; empty while it lasts."
    )
    grade = fields.Selection(GRADES, required=True, readonly=True)
    kind = fields.Selection(KINDS, required=True, readonly=True)

    def init(self):
        # Run by the module installation (superuser), never over RPC.
        self._party_check_group("base.group_system")
        self.env.cr.execute(
            """CREATE INDEX IF NOT EXISTS party_membership_period_org_dates_idx
                   ON party_membership_period (organization_id, date_start, date_end)"""
        )

    # ------------------------------------------------------------------
    # Queries
    # ------------------------------------------------------------------
    @api.model
    def _domain_on(self, day, kinds=None, grades=None):
        """Domain of the periods covering ``day`` (of ``kinds`` and
        ``grades`` when given)."""
        domain = [
            ("date_start", "<=", day),
            "|",
            ("date_end", "=", False),
            ("date_end", ">", day),
        ]
        if kinds:
            domain.append(("kind", "in", list(kinds)))
        if grades:
            domain.append(("grade", "in", list(grades)))
        return domain

    @api.model
    def _periods_on(self, organizations, day, kinds=None, grades=None):
        """Periods covering ``day`` in ``organizations`` and below them."""
        return self.sudo().search(
            [
                ("organization_id", "child_of", organizations._subtree_roots().ids),
                *self._domain_on(day, kinds, grades),
            ]
        )

    @api.model
    def _members_on(self, organizations, day, kinds=None, grades=None):
        """Members in ``organizations`` (or below) on ``day``: by default
        those registered there (``timeline.REGISTERED_KINDS``)."""
        kinds = timeline.REGISTERED_KINDS if kinds is None else kinds
        return self._periods_on(organizations, day, kinds, grades).member_id

    @api.model
    def _period_sql(self, day, alias="p"):
        """SQL condition "the period ``alias`` covers ``day``"."""
        return SQL(
            "%(start)s <= %(day)s AND (%(end)s IS NULL OR %(end)s > %(day)s)",
            start=SQL.identifier(alias, "date_start"),
            end=SQL.identifier(alias, "date_end"),
            day=day,
        )

    # ------------------------------------------------------------------
    # Vote bases (admission, recognition, meeting quorum)
    # ------------------------------------------------------------------
    @api.model
    def _official_member_counts(self, organizations, on_date=None):
        """Map organisation id → number of official members in activity of
        it and of the organisations below it (its party groups) on
        ``on_date`` (default today), replayed from the history."""
        parts = self._vote_base_parts(organizations, on_date)
        return {org_id: official for org_id, (official, _exempt) in parts.items()}

    @api.model
    def _vote_base_parts(self, organizations, on_date=None):
        """Map organisation id → ``(official, exempt)``: the official members
        registered in activity and the exempt official members of it and of
        its party groups on ``on_date`` (default today), read from the
        membership timeline. Members temporarily transferred elsewhere and
        members hosted from elsewhere are not in the base (Quy định
        294-QĐ/TW). Two queries whatever the number of members."""
        if not organizations:
            return {}
        day = fields.Date.to_date(on_date) or fields.Date.context_today(self)
        periods = self._periods_on(
            organizations,
            day,
            kinds=(timeline.ACTIVE, timeline.EXEMPT),
            grades=(member_state.OFFICIAL,),
        )
        parts = {org_id: [0, 0] for org_id in organizations.ids}
        for period in periods:
            slot = 0 if period.kind == timeline.ACTIVE else 1
            for ancestor_id in period.organization_id.parent_path.split("/"):
                if ancestor_id and int(ancestor_id) in parts:
                    parts[int(ancestor_id)][slot] += 1
        return {org_id: tuple(pair) for org_id, pair in parts.items()}

    @api.model
    def _official_in_activity(self, members, day):
        """The ``members`` who are official members on ``day``, registered
        or hosted anywhere in the enterprise (exempt or temporarily
        transferred too), from the membership timeline."""
        Period = self.sudo()
        periods = Period.search(
            [
                ("member_id", "in", members.ids),
                *Period._domain_on(
                    day,
                    kinds=timeline.KINDS,
                    grades=(member_state.OFFICIAL,),
                ),
            ]
        )
        return periods.member_id

    # ------------------------------------------------------------------
    # Writing the timeline
    # ------------------------------------------------------------------
    @api.model
    def _sync_members(self, members):
        """Rewrite the periods of ``members`` from their histories: one
        read of the events, one delete, one insert, whatever the batch."""
        ids = sorted({mid for mid in members._ids if isinstance(mid, int)})
        if not ids:
            return
        self.env.flush_all()
        cr = self.env.cr
        cr.execute(
            """SELECT id, official_date, organization_id, company_id
                 FROM party_member WHERE id = ANY(%s)""",
            [ids],
        )
        facts = {row[0]: row[1:] for row in cr.fetchall()}
        cr.execute(
            """SELECT member_id, event_type, date, to_organization_id
                 FROM party_member_event
                WHERE member_id = ANY(%s) AND date IS NOT NULL
             ORDER BY member_id, date, id""",
            [ids],
        )
        histories = defaultdict(list)
        for member_id, event_type, day, to_org in cr.fetchall():
            histories[member_id].append((event_type, day, to_org))
        rows = []
        for member_id, (official_date, org_id, company_id) in facts.items():
            for period in timeline.periods(
                histories.get(member_id, ()), official_date, org_id
            ):
                rows.append(
                    (
                        member_id,
                        period.organization_id,
                        company_id,
                        period.date_start,
                        period.date_end,
                        period.grade,
                        period.kind,
                    )
                )
        cr.execute(
            "DELETE FROM party_membership_period WHERE member_id = ANY(%s)", [ids]
        )
        if rows:
            execute_values(
                cr._obj,
                """INSERT INTO party_membership_period
                       (member_id, organization_id, company_id, date_start,
                        date_end, grade, kind)
                   VALUES %s""",
                rows,
                page_size=5000,
            )
        self.invalidate_model()
        self.env["party.member"].browse(ids).invalidate_recordset(
            ["membership_period_ids"]
        )

    @api.model
    def _sync_all(self):
        """Rewrite the whole timeline (install, upgrade, repair)."""
        self.env.cr.execute("SELECT id FROM party_member")
        ids = [row[0] for row in self.env.cr.fetchall()]
        for start in range(0, len(ids), 20000):
            self._sync_members(
                self.env["party.member"].browse(ids[start : start + 20000])
            )
