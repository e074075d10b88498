from . import party_document_report
