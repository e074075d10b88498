# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import test_portal_record
from . import test_portal_review
from . import test_portal_access
from . import test_portal_votes, test_portal_vote_pages, test_portal_vote_tours
from . import test_portal_vote_concurrency
from . import test_portal_meetings
from . import test_portal_meeting_mails, test_portal_meeting_tours
from . import test_portal_documents
from . import test_portal_questions
from . import test_portal_route_walk
from . import test_portal_readonly_routes
