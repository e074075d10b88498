# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""party.member.history.mixin: a member's history of events, and what it
derives: the state, the cell, the party age and the membership periods.

The events are written only through ``_add_event`` (wizards, transfers,
admission, import), which replays the history with the engine
(``engine/member_state.py``) and refuses a transition it does not allow.
Mixed into ``party.member`` (see party_member.py).
"""

from collections import defaultdict

from odoo import api, fields, models
from odoo.exceptions import AccessError, ValidationError
from odoo.tools import SQL

from ..engine import member_state
from ..engine.member_state import STATES as STATE_KEYS
from ..engine.party_age import compute_party_age, unregistered_event

# Events whose internal destination becomes the member's cell. Temporary
# transfers out are left out: the member stays counted at home. A hosted
# member's cell is the one hosting them.
MOVE_EVENTS = (
    "admission",
    "readmission",
    "transfer_in",
    "transfer_out",
    "temporary_arrival",
)

STATE_LABELS = {
    "probationary": "Probationary",
    "official": "Official",
    "temporarily_transferred": "Temporarily Transferred",
    "exempt": "Exempt from Activity",
    "transferred_out": "Transferred Out",
    "removed": "Removed",
    "expelled": "Expelled",
    "left": "Left the Party",
    "deceased": "Deceased",
    "lost_contact": "Lost Contact",
    "hosted": "Hosted (Temporary Activity)",
    "hosting_ended": "Temporary Activity Ended",
}
STATES = [(key, STATE_LABELS[key]) for key in STATE_KEYS]


class PartyMemberHistoryMixin(models.AbstractModel):
    _name = "party.member.history.mixin"
    _description = "Party Member History"

    event_ids = fields.One2many("party.member.event", "member_id", string="History")
    organization_id = fields.Many2one(
        "party.organization",
        string="Party Cell",
        compute="_compute_organization_id",
        store=True,
        readonly=False,
        index=True,
        tracking=True,
        check_company=True,
        domain="[('org_type', 'in', ('cell', 'grassroots_cell', 'party_group'))]",
        help="The branch where the member holds their activity; follows the "
        "transfers of the history.",
    )
    state = fields.Selection(
        STATES,
        compute="_compute_state",
        store=True,
        index=True,
        tracking=True,
        help="Derived from the history of events, never edited directly.",
    )
    # Party age (not stored: it grows every day)
    party_age = fields.Float(
        compute="_compute_party_age",
        digits=(4, 2),
        help="Party age in years (whole months / 12), from the admission "
        "decision date minus the gaps of the history.",
    )
    party_age_years = fields.Integer(compute="_compute_party_age")
    party_age_months = fields.Integer(
        compute="_compute_party_age", help="Months beyond the whole years."
    )
    party_age_days = fields.Integer(compute="_compute_party_age")
    party_age_display = fields.Char(
        string="Party Age (text)", compute="_compute_party_age"
    )
    membership_period_ids = fields.One2many(
        "party.membership.period",
        "member_id",
        string="Membership Periods",
        readonly=True,
        help="Where the member was registered or in activity, from when to "
        "when, replayed from the history.",
    )

    @api.depends("event_ids.event_type", "event_ids.date", "official_date")
    def _compute_state(self):
        for member in self:
            current, _problem = member_state.replay(
                member._history_pairs(member.event_ids), member.official_date or None
            )
            member.state = current.state or False

    @api.depends(
        "event_ids.event_type", "event_ids.date", "event_ids.to_organization_id"
    )
    def _compute_organization_id(self):
        for member in self:
            moves = member.event_ids.filtered(
                lambda e: e.event_type in MOVE_EVENTS and e.to_organization_id
            )
            if moves:
                last = max(
                    moves, key=lambda e: (e.date or fields.Date.today(), e.id or 0)
                )
                member.organization_id = last.to_organization_id

    @api.depends_context("party_age_date")
    @api.depends("admission_decision_date", "event_ids.event_type", "event_ids.date")
    def _compute_party_age(self):
        """One query for the events of the whole batch, then the engine."""
        ages = self._get_party_ages()
        label = self.env._("%(years)s years %(months)s months")
        for member in self:
            age = ages[member.id]
            member.party_age = round(age.total_months / 12, 2)
            member.party_age_years = age.years
            member.party_age_months = age.months
            member.party_age_days = age.days
            member.party_age_display = label % {
                "years": age.years,
                "months": age.months,
            }

    def _get_party_ages(self, as_of=None):
        """Map record id → ``engine.party_age.PartyAge`` on ``as_of`` (default:
        the ``party_age_date`` context key, else today) for all of ``self``,
        with one query for the events whatever the number of members."""
        as_of = fields.Date.to_date(
            as_of or self.env.context.get("party_age_date")
        ) or fields.Date.context_today(self)
        events_by_member = self._fetch_party_age_pairs()
        if all(isinstance(mid, int) for mid in self._ids):
            # Stored members: their admission dates in one read, without a
            # record per member (a million members is a click on a list).
            self.flush_model(["admission_decision_date"])
            self.env.cr.execute(
                SQL(
                    "SELECT id, admission_decision_date FROM party_member"
                    " WHERE id = ANY(%s)",
                    list(self._ids),
                )
            )
            admitted = dict(self.env.cr.fetchall())
        else:  # a form being edited: its dates are in the cache
            admitted = {member.id: member.admission_decision_date for member in self}
        return {
            member_id: compute_party_age(
                admitted.get(member_id) or None,
                events_by_member.get(getattr(member_id, "origin", member_id), ()),
                as_of,
            )
            for member_id in self._ids
        }

    # ------------------------------------------------------------------
    # API for the lifecycle (wizards, pipeline, transfers, import)
    # ------------------------------------------------------------------
    def _add_event(
        self,
        event_type,
        date,
        decision=None,
        from_organization=None,
        to_organization=None,
        note=None,
        from_external=None,
        to_external=None,
    ):
        """Record ``event_type`` on ``date`` for every member of ``self``.

        Replays each history with the new event (one read for the batch)
        and raises a ValidationError, naming every refused
        member, when the transition is not allowed. Returns the created
        ``party.member.event`` records (one per member, in ``self`` order).
        ``decision``, ``from_organization`` and ``to_organization`` are
        records (or ids); ``from_organization`` defaults to each member's
        current cell.
        """
        date = fields.Date.to_date(date)
        histories = self._fetch_history_pairs()
        refused = []
        for member in self:
            history = list(histories.get(member.id, ()))
            history.append((event_type, date))
            history.sort(key=lambda pair: pair[1])  # stable: new event last that day
            _current, problem = member_state.replay(
                history, member.official_date or None
            )
            if problem:
                refused.append(member._transition_message(problem))
        if refused:
            raise ValidationError("\n".join(refused))
        decision_id = getattr(decision, "id", decision) or False
        to_id = getattr(to_organization, "id", to_organization) or False
        from_id = getattr(from_organization, "id", from_organization)
        # Callers (wizards, transfers, admission) checked who may do it.
        events = (
            self.env["party.member.event"]
            .sudo()
            .create(
                [
                    {
                        "member_id": member.id,
                        "event_type": event_type,
                        "date": date,
                        "decision_id": decision_id,
                        "from_organization_id": from_id or member.organization_id.id,
                        "to_organization_id": to_id,
                        "from_external": from_external or False,
                        "to_external": to_external or False,
                        "note": note or False,
                    }
                    for member in self
                ]
            )
        )
        return events.with_env(self.env)

    @api.model
    def _on_history_events(self, events):
        """Hook: ``events`` (``party.member.event``) were just recorded, by
        the lifecycle or any other writer, once the members' state and
        membership periods reflect them. Does nothing here; addons that act
        on a member's history (cards recovered on expulsion, ...) override
        it, call ``super()`` and filter the event types they handle. The
        environment may be superuser: the writer checked who may do it."""

    def _create_initial_events(self):
        """Write the admission and recognition events of members without a
        history from their dates (for imported records). Returns them.
        Callers (the import) checked who may do it."""
        members = self.filtered(lambda m: not m.event_ids and m.admission_decision_date)
        vals_list = []
        for member in members:
            vals_list.append(
                {
                    "member_id": member.id,
                    "event_type": "admission",
                    "date": member.admission_decision_date,
                    "to_organization_id": member.organization_id.id,
                }
            )
            if member.official_date:
                vals_list.append(
                    {
                        "member_id": member.id,
                        "event_type": "official_recognition",
                        "date": member.official_date,
                    }
                )
        events = self.env["party.member.event"].sudo().create(vals_list)
        return events.with_env(self.env)

    def _check_no_history(self):
        """Once a member has a history, their admission and official dates
        follow it: they change only through a recorded correction."""
        with_history = self.sudo().filtered("event_ids")
        if with_history:
            raise AccessError(
                self.env._(
                    "The admission and official dates of %(names)s follow their "
                    "history: the party office changes them through a recorded "
                    "correction (Correct button), with its reason.",
                    names=", ".join(with_history.mapped("name")),
                )
            )

    def _check_history(self):
        """Raise a ValidationError when a member's history is not a valid
        sequence of transitions (every edit of an event replays it)."""
        histories = self._fetch_history_pairs()
        refused = []
        for member in self:
            _current, problem = member_state.replay(
                histories.get(member.id, ()), member.official_date or None
            )
            if problem:
                refused.append(member._transition_message(problem))
        if refused:
            raise ValidationError("\n".join(refused))

    # ------------------------------------------------------------------
    # Helpers
    # ------------------------------------------------------------------
    @api.model
    def _history_pairs(self, events):
        """Return ``(event_type, date)`` of ``events`` in history order."""
        events = events.filtered("date")
        ordered = sorted(events, key=lambda e: (e.date, e._origin.id or 0))
        return [(e.event_type, e.date) for e in ordered]

    def _fetch_history_pairs(self):
        """Map member id → history pairs, with one query for all of ``self``."""
        ids = [mid for mid in self._origin._ids if isinstance(mid, int)]
        if not ids:
            return {}
        # Read as rows, not records: the party age of a million members
        # reads two million events.
        self.env["party.member.event"].flush_model(["member_id", "event_type", "date"])
        self.env.cr.execute(
            SQL(
                """SELECT member_id, event_type, date FROM party_member_event
                    WHERE member_id = ANY(%s) ORDER BY date, id""",
                ids,
            )
        )
        histories = defaultdict(list)
        for member_id, event_type, day in self.env.cr.fetchall():
            histories[member_id].append((event_type, day))
        return histories

    def _fetch_unregistered_pairs(self):
        """Map member id → ``(UNREGISTERED, day)`` pseudo events: the days a
        member arriving by official transfer was registered nowhere beyond
        the referral deadline (deducted from party age, Quy định 294-QĐ/TW;
        Hướng dẫn 12-HD/BTCTW). One query for all of ``self``."""
        ids = [mid for mid in self._origin._ids if isinstance(mid, int)]
        if not ids:
            return {}
        transfers = (
            self.env["party.transfer"]
            .sudo()
            .search_fetch(
                [
                    ("member_id", "in", ids),
                    ("state", "=", "done"),
                    ("kind", "=", "official"),
                    ("direction", "=", "in"),
                    ("referral_deadline", "!=", False),
                ],
                ["member_id", "referral_deadline", "transfer_date"],
            )
        )
        pairs = defaultdict(list)
        for transfer in transfers:
            event = unregistered_event(
                transfer.referral_deadline, transfer.transfer_date
            )
            if event:
                pairs[transfer.member_id.id].append(event)
        return pairs

    def _fetch_party_age_pairs(self):
        """History pairs plus the unregistered pseudo events, for party age
        and badges only (never for the state machine)."""
        histories = self._fetch_history_pairs()
        for member_id, extra in self._fetch_unregistered_pairs().items():
            histories[member_id] = list(histories.get(member_id, ())) + extra
        return histories

    def _transition_message(self, problem):
        """Return the message (user's language) of an ``InvalidTransition``."""
        event_labels = dict(
            self.env["party.member.event"]
            ._fields["event_type"]
            ._description_selection(self.env)
        )
        state_labels = dict(self._fields["state"]._description_selection(self.env))
        params = {
            "name": self.name,
            "event": event_labels.get(problem.event_type, problem.event_type),
            "state": state_labels.get(problem.state, self.env._("no history")),
            "date": problem.date.strftime("%d/%m/%Y") if problem.date else "",
        }
        if problem.key == member_state.PROBLEM_NOT_PROBATIONARY:
            return self.env._(
                "%(name)s: official recognition on %(date)s is only for a "
                "probationary member (Điều lệ Đảng, Điều 5).",
                **params,
            )
        if problem.key == member_state.PROBLEM_ALREADY_READMITTED:
            return self.env._(
                "%(name)s: readmission on %(date)s refused, a member may be "
                "readmitted only once (Quy định 294-QĐ/TW, point 3.5).",
                **params,
            )
        if problem.key == member_state.PROBLEM_NO_HISTORY:
            return self.env._(
                "%(name)s: %(event)s on %(date)s needs an admission or a transfer in "
                "first.",
                **params,
            )
        return self.env._(
            "%(name)s: %(event)s on %(date)s cannot follow the state %(state)s.",
            **params,
        )
