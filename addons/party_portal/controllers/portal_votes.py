# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
"""Voting in the meeting, on a phone.

Members: /my/party/votes lists the open votes of the meetings they are
invited to, /my/party/vote/<id> casts their ballot (POST with the CSRF
token). A vote of a meeting the member is not invited to gets the same 404 as
a missing one.

Whoever runs the meeting (``party.meeting._party_runs()``): the chair's
screen /my/party/chair/<meeting_id> shows the attendance, opens and closes
the votes and polls the live count. Anyone else gets a 404.
"""

from werkzeug.exceptions import NotFound

from odoo import http
from odoo.exceptions import AccessError, UserError
from odoo.http import request

from odoo.addons.party_docs.engine.meetings import PRESENT_STATES

from .portal import PartyPortal


class PartyPortalVotes(PartyPortal):
    # Members --------------------------------------------------------------

    def _party_member_votes(self, member, domain=()):
        """The votes of the meetings ``member`` is invited to (sudo)."""
        return (
            request.env["party.meeting.vote"]
            .sudo()
            .search([("meeting_id.attendance_ids.member_id", "=", member.id), *domain])
        )

    def _party_voted(self, member, votes):
        """Map vote id → the member's voter row on it."""
        voters = (
            request.env["party.meeting.vote.voter"]
            .sudo()
            .search([("vote_id", "in", votes.ids), ("member_id", "=", member.id)])
        )
        return {voter.vote_id.id: voter for voter in voters}

    @http.route(
        "/my/party/votes",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
        readonly=True,
    )
    def portal_my_party_votes(self, **kwargs):
        member = self._party_member()
        votes = self._party_member_votes(
            member, [("state", "=", "open"), ("meeting_id.state", "=", "invited")]
        )
        return self._party_render(
            "party_portal.portal_my_party_votes",
            member,
            "party_votes",
            votes=votes,
            voted=self._party_voted(member, votes),
            chaired=self._party_chaired_meetings(member),
        )

    def _party_chaired_meetings(self, member):
        """The meetings in session that ``member`` chairs or keeps the
        minutes of: the way to their chair's screen."""
        return (
            request.env["party.meeting"]
            .sudo()
            .search(
                [
                    ("state", "=", "invited"),
                    "|",
                    ("chair_id", "=", member.id),
                    ("secretary_id", "=", member.id),
                ]
            )
        )

    def _party_vote_page(self, member, vote_id, **values):
        vote = self._party_member_votes(member, [("id", "=", int(vote_id))])
        if not vote:
            raise NotFound()
        voter = self._party_voted(member, vote).get(vote.id)
        eligible = vote._is_voter(member)
        return self._party_render(
            "party_portal.portal_my_party_vote",
            member,
            "party_vote",
            vote=vote,
            voter=voter,
            eligible=eligible,
            **values,
        )

    @http.route(
        "/my/party/vote/<int:vote_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_my_party_vote(self, vote_id, **kwargs):
        return self._party_vote_page(self._party_member(), vote_id)

    @http.route(
        "/my/party/vote/<int:vote_id>",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_my_party_vote_cast(self, vote_id, choice="", **kwargs):
        member = self._party_member()
        vote = self._party_member_votes(member, [("id", "=", int(vote_id))])
        if not vote:
            raise NotFound()
        try:
            vote.with_env(request.env)._portal_vote(choice)
        except UserError as error:
            return self._party_vote_page(member, vote_id, vote_error=error.args[0])
        return request.redirect(f"/my/party/vote/{vote.id}")

    # Whoever runs the meeting ------------------------------------------------

    def _party_run_meeting(self, meeting_id):
        """The meeting (sudo) if the user runs it; a 404 otherwise."""
        meeting = request.env["party.meeting"].browse(int(meeting_id))
        if not meeting.sudo().exists() or not meeting._party_runs():
            raise NotFound()
        return meeting.sudo()

    def _party_live(self, meeting):
        """What the chair's screen refreshes: attendance and the votes."""
        states = meeting.attendance_ids.mapped("state")
        present = sum(1 for state in states if state in PRESENT_STATES)
        votes = {}
        for vote in meeting.vote_ids:
            votes[vote.id] = {
                "state": vote.state,
                "ballots": vote.voter_count,
                "shown": vote.result_shown,
                "for": vote.result_for,
                "against": vote.result_against,
                "abstain": vote.result_abstain,
            }
        return {"present": present, "invited": len(states), "votes": votes}

    @http.route(
        "/my/party/chair/<int:meeting_id>",
        type="http",
        auth="user",
        methods=["GET"],
        website=True,
    )
    def portal_party_chair(self, meeting_id, **kwargs):
        meeting = self._party_run_meeting(meeting_id)
        member = request.env["party.portal"]._get_member()
        return self._party_render(
            "party_portal.portal_party_chair",
            member,
            "party_chair",
            meeting=meeting,
            open_vote=meeting.vote_ids.filtered(lambda v: v.state == "open")[:1],
            live=self._party_live(meeting),
            chair_error=kwargs.get("chair_error"),
        )

    @http.route(
        "/my/party/chair/<int:meeting_id>/live",
        type="json",
        auth="user",
        methods=["POST"],
        readonly=True,
    )
    def portal_party_chair_live(self, meeting_id, **kwargs):
        return self._party_live(self._party_run_meeting(meeting_id))

    @http.route(
        "/my/party/chair/<int:meeting_id>/open",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_party_chair_open(self, meeting_id, agenda_id=0, secret="", **kwargs):
        meeting = self._party_run_meeting(meeting_id)
        agenda = meeting.agenda_ids.filtered(lambda a: a.id == int(agenda_id or 0))
        if not agenda:
            raise NotFound()
        try:
            request.env["party.meeting.vote"]._party_open(
                agenda.with_env(request.env), secret=bool(secret)
            )
        except (UserError, AccessError) as error:
            return self._party_chair_error(meeting, error)
        return request.redirect(f"/my/party/chair/{meeting.id}")

    @http.route(
        "/my/party/chair/<int:meeting_id>/close/<int:vote_id>",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_party_chair_close(self, meeting_id, vote_id, **kwargs):
        meeting = self._party_run_meeting(meeting_id)
        vote = meeting.vote_ids.filtered(lambda v: v.id == int(vote_id))
        if not vote:
            raise NotFound()
        try:
            vote.with_env(request.env)._party_close()
        except (UserError, AccessError) as error:
            return self._party_chair_error(meeting, error)
        return request.redirect(f"/my/party/chair/{meeting.id}")

    @http.route(
        "/my/party/chair/<int:meeting_id>/minutes",
        type="http",
        auth="user",
        methods=["POST"],
        website=True,
    )
    def portal_party_chair_minutes(self, meeting_id, minutes="", **kwargs):
        meeting = self._party_run_meeting(meeting_id)
        try:
            meeting.with_env(request.env)._portal_add_minutes(minutes)
        except (UserError, AccessError) as error:
            return self._party_chair_error(meeting, error)
        return request.redirect(f"/my/party/chair/{meeting.id}")

    def _party_chair_error(self, meeting, error):
        return self.portal_party_chair(meeting.id, chair_error=error.args[0])
