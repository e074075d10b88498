from . import party_document_demo
from . import party_meeting_demo
from . import party_kpi_demo
from . import party_portal_demo
