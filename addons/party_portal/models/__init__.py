# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import party_portal, party_member
from . import party_evaluation
from . import party_member_portal_access
from . import hr_employee
from . import party_meeting_vote, party_meeting_vote_voter, party_meeting_votes
from . import party_meeting_vote_tally
from . import calendar_event, calendar_attendee, party_meeting
from . import party_meeting_attendance, party_meeting_export
from . import party_document_study
from . import party_document_for_study
from . import party_document_delivery
from . import party_member_question
