from . import party_document_register
from . import party_document_correction
from . import party_meeting_correction
