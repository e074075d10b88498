# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Huy hiệu Đảng (party badge): proposals and awards, bulk eligibility.

The rules live in ``engine.badge`` (Quy định 294-QĐ/TW, Hướng dẫn 01-HD/TW
mục 18); this model fetches what the engine needs with a constant number
of queries whatever the number of members.
"""

from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import UserError
from odoo.tools import SQL

from odoo.addons.party_member.engine import timeline
from odoo.addons.party_member.engine.party_age import add_months

from ..engine import badge

AWARD_STATES = [
    ("proposed", "Proposed"),
    ("approved", "Approved"),
    ("awarded", "Awarded"),
    ("cancelled", "Cancelled"),
]
PARTY_SECRETARY = "party_org.group_party_secretary"
PARTY_OFFICE = "party_org.group_party_office"
PARAM_MILESTONES = "party_member.badge_milestones"
PARAM_OCCASIONS = "party_member.badge_occasions"
# History events that change the membership periods; neutral ones
# (recognition, temporary transfers, exemption) are not fetched.
PERIOD_EVENTS = (
    "admission",
    "readmission",
    "transfer_in",
    "transfer_out",
    "removal",
    "expulsion",
    "leave",
    "death",
)


class PartyBadgeAward(models.Model):
    _name = "party.badge.award"
    _description = "Party Badge Award"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "occasion_date desc, milestone desc, id"
    _check_company_auto = True
    # The state moves only through the buttons; who and which milestone are
    # set when proposing (the award rests on the badge decision).
    _party_protected_fields = ("state", "member_id", "milestone", "organization_id")
    _party_create_fields = ("member_id", "milestone", "organization_id")

    member_id = fields.Many2one(
        "party.member",
        required=True,
        index=True,
        ondelete="cascade",
        check_company=True,
    )
    company_id = fields.Many2one(related="member_id.company_id", store=True, index=True)
    organization_id = fields.Many2one(
        "party.organization",
        string="Party Cell",
        index=True,
        help="The member's cell when proposed.",
    )
    milestone = fields.Integer(
        string="Milestone (years)",
        required=True,
        tracking=True,
        help="Years of party age: 30, 40, 45 ... 90.",
    )
    occasion_date = fields.Date(required=True, tracking=True)
    decision_id = fields.Many2one(
        "party.decision",
        ondelete="restrict",
        check_company=True,
        tracking=True,
        domain="[('decision_type', '=', 'badge')]",
    )
    state = fields.Selection(
        AWARD_STATES, required=True, default="proposed", tracking=True
    )
    note = fields.Text()

    _sql_constraints = [
        (
            "milestone_positive",
            "CHECK(milestone > 0)",
            "The milestone is a number of years.",
        ),
    ]

    def init(self):
        # Run by the module installation (superuser), never over RPC.
        self._party_check_group("base.group_system")
        # One live proposal or award per member and milestone.
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS party_badge_award_member_milestone_uniq"
                " ON party_badge_award (member_id, milestone) WHERE state != 'cancelled'"
            )
        )

    @api.depends("member_id", "milestone")
    def _compute_display_name(self):
        label = self.env._("%(years)s-year badge")
        for award in self:
            badge = label % {"years": award.milestone}
            award.display_name = f"{award.member_id.name or ''} – {badge}"

    def write(self, vals):
        if not self.env.su and any(award.state == "awarded" for award in self):
            raise UserError(
                self.env._("An awarded badge is settled: it cannot be changed.")
            )
        return super().write(vals)

    def action_approve(self):
        """The competent committee (party office) approves the proposals."""
        self._party_check_action("write", PARTY_OFFICE)
        self.filtered(lambda a: a.state == "proposed").sudo().write(
            {"state": "approved"}
        )

    def action_award(self):
        """Record the award, on the badge decision (Hướng dẫn 01-HD/TW, 18):
        the party office only."""
        self._party_check_action("write", PARTY_OFFICE)
        awards = self.filtered(lambda a: a.state in ("proposed", "approved"))
        missing = awards.filtered(lambda a: not a.decision_id)
        if missing:
            raise UserError(
                self.env._(
                    "Set the badge decision before recording the award of "
                    "%(names)s.",
                    names=", ".join(missing.mapped("display_name")),
                )
            )
        awards.sudo().write({"state": "awarded"})

    def action_cancel(self):
        """Cancel proposals; an approved award only by the party office."""
        self._party_check_action("write", PARTY_SECRETARY)
        if self.filtered(lambda a: a.state == "approved"):
            self._party_check_group(PARTY_OFFICE)
        self.filtered(lambda a: a.state != "awarded").sudo().write(
            {"state": "cancelled"}
        )

    def action_reset(self):
        self._party_check_action("write", PARTY_SECRETARY)
        self.filtered(lambda a: a.state == "cancelled").sudo().write(
            {"state": "proposed"}
        )

    # ------------------------------------------------------------------
    # Configuration
    # ------------------------------------------------------------------
    @api.model
    def _get_badge_rules(self):
        """``engine.badge.BadgeRules`` from the system parameters
        ``party_member.badge_milestones`` ("30,40,45,...") and
        ``party_member.badge_occasions`` ("03/02,19/05,02/09,07/11",
        day/month)."""
        params = self.env["ir.config_parameter"].sudo()
        milestones = badge.DEFAULT_MILESTONES
        occasions = badge.DEFAULT_OCCASIONS
        raw = params.get_param(PARAM_MILESTONES)
        if raw:
            milestones = tuple(
                int(part) for part in raw.replace(" ", "").split(",") if part
            )
        raw = params.get_param(PARAM_OCCASIONS)
        if raw:
            pairs = []
            for part in raw.replace(" ", "").split(","):
                if part:
                    day, month = part.split("/")
                    pairs.append((int(month), int(day)))
            occasions = tuple(pairs)
        return badge.BadgeRules(milestones=milestones, occasions=occasions)

    # ------------------------------------------------------------------
    # Eligibility
    # ------------------------------------------------------------------
    @api.model
    def _get_eligible(self, occasion_date, organizations=None, rules=None):
        """Return ``[(member_id, organization_id, milestone), ...]`` of the
        members (readable by the user) to propose at ``occasion_date``.

        A constant number of queries whatever the number of members:
        members and their periods, history events, disciplines, existing
        awards.
        """
        occasion_date = fields.Date.to_date(occasion_date)
        rules = rules or self._get_badge_rules()
        Member = self.env["party.member"]
        # Who is proposed, and where: the members registered in the
        # organisations on the occasion (the membership timeline).
        Period = self.env["party.membership.period"].sudo()
        period_domain = Period._domain_on(occasion_date, timeline.REGISTERED_KINDS)
        if organizations:
            period_domain.append(
                ("organization_id", "child_of", organizations._subtree_roots().ids)
            )
        periods = Period._search(period_domain)
        domain = [
            ("id", "in", periods.subselect(SQL.identifier(periods.table, "member_id"))),
            ("admission_decision_date", "!=", False),
        ]
        self.env.flush_all()  # raw queries below
        query = Member._search(domain)
        cr = self.env.cr
        cr.execute(
            query.select(
                SQL.identifier("party_member", "id"),
                SQL.identifier("party_member", "admission_decision_date"),
                SQL.identifier("party_member", "badge_serious_illness"),
            )
        )
        rows = cr.fetchall()
        if not rows:
            return []
        cr.execute(
            periods.select(
                SQL.identifier(periods.table, "member_id"),
                SQL.identifier(periods.table, "organization_id"),
            )
        )
        org_of = dict(cr.fetchall())
        ids = [row[0] for row in rows]
        events = defaultdict(list)
        # A first admission event on the decision date changes nothing: skip it.
        cr.execute(
            SQL(
                """SELECT e.member_id, e.event_type, e.date
                     FROM party_member_event e
                     JOIN party_member m ON m.id = e.member_id
                    WHERE e.member_id = ANY(%s) AND e.event_type IN %s
                      AND NOT (e.event_type = 'admission'
                               AND e.date = m.admission_decision_date)""",
                ids,
                PERIOD_EVENTS,
            )
        )
        for member_id, event_type, day in cr.fetchall():
            events[member_id].append((event_type, day))
        # Days registered nowhere beyond a transfer deadline are not party age.
        for member_id, extra in Member.browse(ids)._fetch_unregistered_pairs().items():
            events[member_id].extend(extra)
        disciplines = defaultdict(list)
        longest_hold = max(rules.holds.values(), default=0)
        cr.execute(
            SQL(
                """SELECT member_id, form, date FROM party_discipline
                    WHERE member_id = ANY(%s)
                      AND (form = 'expulsion' OR date > %s)""",
                ids,
                add_months(occasion_date, -longest_hold),
            )
        )
        for member_id, form, day in cr.fetchall():
            disciplines[member_id].append((form, day))
        cr.execute(
            SQL(
                """SELECT member_id, array_agg(milestone) FROM party_badge_award
                    WHERE member_id = ANY(%s) AND state != 'cancelled'
                    GROUP BY member_id""",
                ids,
            )
        )
        awarded = dict(cr.fetchall())
        empty = ()
        candidates = (
            (
                member_id,
                admitted,
                events.get(member_id, empty),
                awarded.get(member_id, empty),
                bool(ill),
                disciplines.get(member_id, empty),
            )
            for member_id, admitted, ill in rows
        )
        return [
            (member_id, org_of[member_id], milestone)
            for member_id, milestone in badge.eligible_members(
                candidates, occasion_date, rules
            )
        ]

    @api.model
    def _create_proposals(self, occasion_date, eligible):
        """Create the proposals of ``eligible`` (from ``_get_eligible``),
        skipping any member and milestone already proposed or awarded."""
        if not eligible:
            return self.browse()
        existing = self.search_fetch(
            [
                ("member_id", "in", [row[0] for row in eligible]),
                ("state", "!=", "cancelled"),
            ],
            ["member_id", "milestone"],
        )
        taken = {(award.member_id.id, award.milestone) for award in existing}
        return self.create(
            [
                {
                    "member_id": member_id,
                    "organization_id": org_id or False,
                    "milestone": milestone,
                    "occasion_date": occasion_date,
                }
                for member_id, org_id, milestone in eligible
                if (member_id, milestone) not in taken
            ]
        )
