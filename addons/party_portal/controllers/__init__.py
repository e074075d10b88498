# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import portal
from . import portal_review
from . import portal_votes
from . import portal_meetings
from . import portal_documents
from . import portal_questions
from . import portal_doc_qr
