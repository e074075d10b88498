# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The running count of a vote, spread over a few counter rows.

Odoo's transactions are REPEATABLE READ: two ballots that add to the same
row at once make one of them fail and retry. With the count spread over
``TALLY_SHARDS`` rows and each ballot adding to one chosen at random, two
ballots rarely meet (300 members vote in a few seconds). A row holds counts
only: no member, no time (the increments are plain SQL), and the row a
ballot lands in is random, so it tells nothing about who cast it.
"""

import secrets

from odoo import fields, models
from odoo.tools import SQL

TALLY_SHARDS = 32
COUNTERS = ("votes_for", "votes_against", "votes_abstain")


class PartyMeetingVoteTally(models.Model):
    _name = "party.meeting.vote.tally"
    _description = "Running Count of a Party Meeting Vote"
    _inherit = ["party.protected.mixin"]
    _order = "vote_id, shard"
    _log_access = False

    vote_id = fields.Many2one(
        "party.meeting.vote",
        required=True,
        readonly=True,
        index=True,
        ondelete="cascade",
    )
    shard = fields.Integer(required=True, readonly=True)
    votes_for = fields.Integer(readonly=True, default=0)
    votes_against = fields.Integer(readonly=True, default=0)
    votes_abstain = fields.Integer(readonly=True, default=0)

    _sql_constraints = [
        ("vote_shard_uniq", "unique(vote_id, shard)", "One row per shard."),
        (
            "counters_positive",
            "CHECK(votes_for >= 0 AND votes_against >= 0 AND votes_abstain >= 0)",
            "The numbers of votes cannot be negative.",
        ),
    ]

    def _create_for(self, votes):
        """The counter rows of new ``votes`` (sudo)."""
        return self.sudo().create(
            [
                {"vote_id": vote.id, "shard": shard}
                for vote in votes
                for shard in range(TALLY_SHARDS)
            ]
        )

    def _add(self, vote, column):
        """Add one ballot to ``column`` of a random row of ``vote``."""
        assert column in COUNTERS
        self.env.cr.execute(
            SQL(
                "UPDATE party_meeting_vote_tally SET %s = %s + 1 "
                "WHERE vote_id = %s AND shard = %s",
                SQL.identifier(column),
                SQL.identifier(column),
                vote.id,
                secrets.randbelow(TALLY_SHARDS),
            )
        )
        if self.env.cr.rowcount != 1:
            raise ValueError(f"vote {vote.id} has no counter rows")

    def _sum(self, votes):
        """Map vote id → (for, against, abstain), one query."""
        if not votes:
            return {}
        self.env.cr.execute(
            SQL(
                "SELECT vote_id, SUM(votes_for), SUM(votes_against), "
                "SUM(votes_abstain) FROM party_meeting_vote_tally "
                "WHERE vote_id IN %s GROUP BY vote_id",
                tuple(votes.ids),
            )
        )
        return {
            vote_id: (int(f or 0), int(a or 0), int(b or 0))
            for vote_id, f, a, b in self.env.cr.fetchall()
        }
