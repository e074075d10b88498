# Copyright 2026 Party Work Suite contributors
# License LGPL-3.0 or later (https://www.gnu.org/licenses/lgpl).
from . import party_portal, party_member
from . import party_document_study
from . import party_document_for_study
from . import party_document_delivery
from . import party_member_question
