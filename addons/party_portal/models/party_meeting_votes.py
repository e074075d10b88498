# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""The votes of a meeting, on the meeting: a smart button, no meeting
closed while one of its votes is still open, and the notes the chair adds to
the minutes from the chair's screen."""

from markupsafe import Markup

from odoo import fields, models
from odoo.exceptions import AccessError, UserError
from odoo.tools import plaintext2html

SECRETARY_GROUP = "party_org.group_party_secretary"


class PartyMeeting(models.Model):
    _inherit = "party.meeting"

    vote_ids = fields.One2many("party.meeting.vote", "meeting_id", string="Votes")
    vote_count = fields.Integer(compute="_compute_vote_count")

    def _compute_vote_count(self):
        counts = dict(
            self.env["party.meeting.vote"]
            .sudo()
            ._read_group([("meeting_id", "in", self.ids)], ["meeting_id"], ["__count"])
        )
        for meeting in self:
            meeting.vote_count = counts.get(meeting._origin, 0)

    def action_mark_held(self):
        """A meeting with a vote still open is not closed: close the vote
        first, so its tally reaches the agenda."""
        self._party_check_action("write", SECRETARY_GROUP)
        open_votes = (
            self.env["party.meeting.vote"]
            .sudo()
            .search([("meeting_id", "in", self.ids), ("state", "=", "open")], limit=1)
        )
        if open_votes:
            raise UserError(
                self.env._(
                    "%(meeting)s has a vote still open on %(item)s: close it first.",
                    meeting=open_votes.meeting_id.display_name,
                    item=open_votes.agenda_id.name,
                )
            )
        return super().action_mark_held()

    def action_open_votes(self):
        self.ensure_one()
        self.check_access("read")
        return {
            "type": "ir.actions.act_window",
            "name": self.env._("Votes"),
            "res_model": "party.meeting.vote",
            "view_mode": "list,form",
            "domain": [("meeting_id", "=", self.id)],
            "context": {"create": False},
        }

    def action_open_chair_screen(self):
        """The chair's screen (phone friendly) of the meeting, for whoever
        runs it."""
        self.ensure_one()
        self.check_access("read")
        self.env["party.meeting.vote"]._party_check_runs(self)
        return {
            "type": "ir.actions.act_url",
            "url": f"/my/party/chair/{self.id}",
            "target": "self",
        }

    def _portal_add_minutes(self, text):
        """The chair adds ``text`` (plain, escaped) at the end of the minutes
        from the chair's screen: checked for whoever runs the meeting, and
        refused once it is held or cancelled. Appended, never replacing
        what the clerk wrote in the backend."""
        self.ensure_one()
        if not self._party_runs():
            raise AccessError(
                self.env._("Only whoever runs this meeting adds to its minutes.")
            )
        self._party_check_not_settled()
        text = (text or "").strip()
        if not text:
            raise UserError(self.env._("Write what to add to the minutes."))
        meeting = self.sudo()
        meeting.minutes = Markup("%s%s") % (
            meeting.minutes or Markup(),
            plaintext2html(text[:10000]),
        )
        return True
