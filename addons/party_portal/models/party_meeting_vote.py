# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""A vote on an agenda item, held in the meeting from the members' phones.

Whoever runs the meeting (``party.meeting._party_runs()``) opens and closes
it; only one vote is open per meeting. Each official member present votes
once (a unique index on the voter rows, so a double submit fails in the
database). Closing writes the tally into the agenda item, whose rule
decides (Điều lệ Đảng, Điều 10: more than half, or two thirds, of the
official members).

A secret ballot stores no link between a member and a choice: the voter row
records only that the member voted, and the choice is added to a counter in
the same transaction (``SET votes_for = votes_for + 1`` on a random row of
party.meeting.vote.tally). The counters carry no member and no time and are
not tracked in the chatter; while the vote is open they are shown to nobody,
so the live screen cannot match a new voter with a counter that moved.
Closing sums them into the vote.
"""

from psycopg2 import errors as pg_errors

from odoo import api, fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import SQL

VOTE_STATES = [("open", "Open"), ("closed", "Closed")]
CHOICES = [("for", "For"), ("against", "Against"), ("abstain", "Abstain")]
COUNTER_OF = {
    "for": "votes_for",
    "against": "votes_against",
    "abstain": "votes_abstain",
}
# The counters are read by server code only (sudo): never through the ORM by
# a user while a secret ballot is open.
COUNTER_GROUP = "base.group_system"


class PartyMeetingVote(models.Model):
    _name = "party.meeting.vote"
    _description = "Vote in a Party Meeting"
    _inherit = ["mail.thread", "party.protected.mixin"]
    _order = "opened_at desc, id desc"
    _party_protected_fields = ("meeting_id", "agenda_id", "secret")

    meeting_id = fields.Many2one(
        "party.meeting", required=True, readonly=True, index=True, ondelete="cascade"
    )
    agenda_id = fields.Many2one(
        "party.meeting.agenda",
        string="Agenda Item",
        required=True,
        readonly=True,
        ondelete="cascade",
    )
    company_id = fields.Many2one(related="meeting_id.company_id", store=True)
    organization_id = fields.Many2one(related="meeting_id.organization_id", store=True)
    vote_rule = fields.Selection(related="agenda_id.vote_rule")
    official_member_count = fields.Integer(related="agenda_id.official_member_count")
    is_passed = fields.Boolean(related="agenda_id.is_passed")
    secret = fields.Boolean(
        string="Secret Ballot",
        readonly=True,
        help="The system records that a member voted and the tally, never "
        "which member chose what.",
    )
    state = fields.Selection(
        VOTE_STATES, default="open", required=True, readonly=True, tracking=True
    )
    opened_at = fields.Datetime(readonly=True, default=fields.Datetime.now)
    closed_at = fields.Datetime(readonly=True)
    # Server-set when the vote closes, never tracked.
    votes_for = fields.Integer(readonly=True, default=0, groups=COUNTER_GROUP)
    votes_against = fields.Integer(readonly=True, default=0, groups=COUNTER_GROUP)
    votes_abstain = fields.Integer(readonly=True, default=0, groups=COUNTER_GROUP)
    voter_ids = fields.One2many("party.meeting.vote.voter", "vote_id", readonly=True)
    voter_count = fields.Integer(compute="_compute_voter_count", string="Ballots")
    result_for = fields.Integer(string="For", compute="_compute_result")
    result_against = fields.Integer(string="Against", compute="_compute_result")
    result_abstain = fields.Integer(string="Abstain", compute="_compute_result")
    result_shown = fields.Boolean(compute="_compute_result")

    _sql_constraints = [
        # One vote per agenda item: it fills that item's tally.
        ("agenda_uniq", "unique(agenda_id)", "This agenda item has been voted on."),
        (
            "counters_positive",
            "CHECK(votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0)",
            "The numbers of votes cannot be negative.",
        ),
    ]

    def init(self):
        # Only one open vote per meeting, even for two chairs at once.
        self.env.cr.execute(
            SQL(
                "CREATE UNIQUE INDEX IF NOT EXISTS party_meeting_vote_one_open "
                "ON party_meeting_vote (meeting_id) WHERE state = 'open'"
            )
        )

    @api.depends("agenda_id.name", "secret")
    def _compute_display_name(self):
        for vote in self:
            vote.display_name = vote.agenda_id.name or ""

    @api.depends("voter_ids")
    def _compute_voter_count(self):
        counts = dict(
            self.env["party.meeting.vote.voter"]
            .sudo()
            ._read_group([("vote_id", "in", self.ids)], ["vote_id"], ["__count"])
        )
        for vote in self:
            vote.voter_count = counts.get(vote._origin, 0)

    @api.depends("state", "secret")
    def _compute_result(self):
        """The tally of an open ballot is live; that of a secret ballot is
        shown once the vote is closed."""
        live = self.env["party.meeting.vote.tally"]._sum(
            self.filtered(lambda v: v.id and v.state == "open" and not v.secret)
        )
        for vote in self:
            shown = vote.state == "closed" or not vote.secret
            if vote.state == "closed":
                counters = vote.sudo()
                counts = (
                    counters.votes_for,
                    counters.votes_against,
                    counters.votes_abstain,
                )
            else:
                counts = live.get(vote.id, (0, 0, 0))
            vote.result_shown = shown
            vote.result_for, vote.result_against, vote.result_abstain = counts

    # Whoever runs the meeting -------------------------------------------------

    @api.model
    def _party_open(self, agenda, secret=False):
        """Open a vote on ``agenda`` (an item with a vote rule of an announced
        meeting), checked for the user who runs the meeting."""
        agenda.ensure_one()
        meeting = agenda.sudo().meeting_id.with_env(self.env)
        self._party_check_runs(meeting)
        meeting = meeting.sudo()
        if meeting.state != "invited":
            raise UserError(
                self.env._(
                    "%(meeting)s is not in session: votes are held while the "
                    "meeting is announced and not yet closed.",
                    meeting=meeting.display_name,
                )
            )
        if agenda.sudo().vote_rule == "none":
            raise UserError(
                self.env._(
                    "%(item)s has no vote rule: choose more than half or two "
                    "thirds of the official members (Điều lệ Đảng, Điều 10).",
                    item=agenda.sudo().name,
                )
            )
        if self.sudo().search_count([("agenda_id", "=", agenda.id)]):
            raise UserError(
                self.env._("%(item)s has been voted on.", item=agenda.sudo().name)
            )
        if self.sudo().search_count(
            [("meeting_id", "=", meeting.id), ("state", "=", "open")]
        ):
            raise UserError(
                self.env._(
                    "Close the open vote of this meeting before opening another."
                )
            )
        vote = self.sudo().create(
            {"meeting_id": meeting.id, "agenda_id": agenda.id, "secret": bool(secret)}
        )
        self.env["party.meeting.vote.tally"]._create_for(vote)
        return vote

    def action_close(self):
        """The Close button of the backend (portal users hold no access right
        on votes, whatever the method)."""
        self.check_access("read")
        return self._party_close()

    def _party_close(self):
        """Close the vote and write its tally into the agenda item, whose rule
        decides; the tally must equal the ballots cast."""
        for vote in self:
            self._party_check_runs(vote.sudo().meeting_id.with_env(self.env))
        for vote in self.sudo():
            if vote.state != "open":
                raise UserError(self.env._("This vote is already closed."))
            # Lock the vote, then its counter rows: a ballot in flight is
            # waited for, and one committed since this transaction began makes
            # it fail to serialise, so it is retried and counts it.
            vote.env.cr.execute(
                SQL(
                    "SELECT id FROM party_meeting_vote WHERE id = %s FOR UPDATE",
                    vote.id,
                )
            )
            vote.env.cr.execute(
                SQL(
                    "SELECT id FROM party_meeting_vote_tally WHERE vote_id = %s "
                    "FOR UPDATE",
                    vote.id,
                )
            )
            votes_for, against, abstain = (
                self.env["party.meeting.vote.tally"]._sum(vote).get(vote.id, (0, 0, 0))
            )
            vote.invalidate_recordset()
            ballots = vote.voter_count
            if votes_for + against + abstain != ballots:
                raise UserError(
                    self.env._(
                        "%(item)s: the tally (%(tally)s) differs from the "
                        "ballots cast (%(ballots)s); the vote stays open.",
                        item=vote.agenda_id.name,
                        tally=votes_for + against + abstain,
                        ballots=ballots,
                    )
                )
            vote.write(
                {
                    "state": "closed",
                    "closed_at": fields.Datetime.now(),
                    "votes_for": votes_for,
                    "votes_against": against,
                    "votes_abstain": abstain,
                }
            )
            vote.agenda_id.write(
                {
                    "votes_for": votes_for,
                    "votes_against": against,
                    "votes_abstain": abstain,
                }
            )
        return True

    @api.model
    def _party_check_runs(self, meeting):
        """Refuse unless the user runs ``meeting`` (chair, clerk, a secretary
        who may write it, the party office); an outsider gets the same
        answer as for a missing meeting."""
        if not (meeting.exists() and meeting._party_runs()):
            raise AccessError(
                self.env._(
                    "Only the chair, the clerk or the secretaries of this "
                    "meeting open and close its votes."
                )
            )

    # The members ----------------------------------------------------------------

    def _eligible_voters(self):
        """The members present at the vote's meeting who vote
        (``party.meeting._present_voter_kinds``, the rule of the quorum)."""
        self.ensure_one()
        meeting = self.sudo().meeting_id
        return self.env["party.member"].browse(
            list(meeting._present_voter_kinds()[meeting.id])
        )

    def _is_voter(self, member):
        """Whether ``member`` votes here (see ``_eligible_voters``), in a
        few queries whatever the size of the meeting."""
        self.ensure_one()
        meeting = self.sudo().meeting_id
        return member.id in meeting._present_voter_kinds(member)[meeting.id]

    def _portal_vote(self, choice):
        """The logged-in member casts their ballot on this open vote. Whatever
        ``self`` is, the voter is the caller's own member record."""
        self.ensure_one()
        if choice not in COUNTER_OF:
            raise UserError(self.env._("Choose for, against or abstain."))
        member = self.env["party.portal"]._get_member()
        vote = self.sudo()
        if not member or not vote.exists():
            raise UserError(self.env._("This vote is not open to you."))
        if vote.state != "open" or vote.meeting_id.state != "invited":
            raise UserError(self.env._("This vote is closed."))
        if not vote._is_voter(member):
            raise UserError(
                self.env._(
                    "Only the official members of %(org)s who are checked in "
                    "vote: probationary members attend but do not vote "
                    "(Điều lệ Đảng, Điều 5).",
                    org=vote.organization_id.name,
                )
            )
        Voter = self.env["party.meeting.vote.voter"].sudo()
        if Voter.search_count(
            [("vote_id", "=", vote.id), ("member_id", "=", member.id)]
        ):
            raise UserError(self.env._("You have already voted."))
        return vote._record_ballot(member, choice)

    def _record_ballot(self, member, choice):
        """Insert the voter row and add the choice to its counter, in one
        transaction. A second ballot of the same member (two submits at once)
        breaks the unique index and is refused."""
        self.ensure_one()
        # A shared lock on the open vote: ballots do not wait for each other,
        # but a close committed since this transaction began makes this one
        # fail to serialise (and be retried: it then finds the vote closed).
        self.env.cr.execute(
            SQL(
                "SELECT id FROM party_meeting_vote WHERE id = %s AND state = 'open' "
                "FOR SHARE",
                self.id,
            )
        )
        if not self.env.cr.rowcount:
            raise UserError(self.env._("This vote is closed."))
        vals = {"vote_id": self.id, "member_id": member.id}
        if not self.secret:
            vals["choice"] = choice
        try:
            with self.env.cr.savepoint(flush=False):
                voter = self.env["party.meeting.vote.voter"].sudo().create(vals)
                voter.flush_recordset()
        except pg_errors.UniqueViolation:
            raise UserError(self.env._("You have already voted.")) from None
        self.env["party.meeting.vote.tally"]._add(self, COUNTER_OF[choice])
        return voter
